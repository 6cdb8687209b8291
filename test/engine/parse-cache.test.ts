// parseFile keeps the latest parse of each file name (rules/src/documents/parse.ts): asking again
// for the same text answers from it; a new version replaces it, so an edited file's earlier
// versions are garbage at once instead of piling up for the collector to copy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFile } from '../../rules/src/documents/parse.js';

let names = 0;
const freshName = (base = 'Dockerfile') => `/parse-cache-test/${names++}/${base}`;
const parse = (text: string, fileName: string, languageId?: string) => {
  const file = parseFile(text, fileName, languageId);
  assert.ok(file, `${fileName} has a syntax`);
  return file;
};

describe('parse cache', () => {
  it('answers the same text of the same file with the same parse', () => {
    const name = freshName();
    const first = parse('FROM alpine:3.20\n', name);
    assert.equal(parse('FROM alpine:3.20\n', name), first);
  });

  it('parses each file name on its own, even for the same text', () => {
    const text = 'FROM alpine:3.20\n';
    assert.notEqual(parse(text, freshName()), parse(text, freshName()));
  });

  it('keeps one version per file: going back to an earlier text parses it again', () => {
    const name = freshName('compose.yaml');
    const v1 = parse('services:\n  web:\n    image: nginx\n', name);
    const v2 = parse('services:\n  web:\n    image: nginx:1.27\n', name);
    assert.notEqual(v2, v1);
    assert.equal(v2.text, 'services:\n  web:\n    image: nginx:1.27\n');
    const again = parse('services:\n  web:\n    image: nginx\n', name);
    assert.notEqual(again, v1, 'the first version was forgotten when the second was parsed');
    assert.deepEqual(again.yaml?.map((d) => d.doc.toJS()), v1.yaml?.map((d) => d.doc.toJS()));
  });

  it('keys the parse by syntax too (a language id can change how a name is read)', () => {
    const name = freshName('settings.conf');
    const asYaml = parse('a: 1\n', name, 'yaml');
    const asDockerfile = parse('a: 1\n', name, 'dockerfile');
    assert.ok(asYaml.yaml && !asYaml.dockerfile);
    assert.ok(asDockerfile.dockerfile && !asDockerfile.yaml);
  });

  it('forgets the least recently used file beyond 32 names, and a lookup counts as a use', () => {
    const kept = freshName();
    const dropped = freshName();
    const keptFile = parse('FROM alpine:3.20\n', kept);
    const droppedFile = parse('FROM alpine:3.20\n', dropped);
    for (let i = 0; i < 31; i++) {
      parse(`FROM alpine:3.${i}\n`, freshName());
      assert.equal(parse('FROM alpine:3.20\n', kept), keptFile);
    }
    assert.equal(parse('FROM alpine:3.20\n', kept), keptFile);
    assert.notEqual(parse('FROM alpine:3.20\n', dropped), droppedFile);
  });

  it('answers null for a file it has no parser for, and remembers nothing of it', () => {
    assert.equal(parseFile('hello', freshName('notes.txt')), null);
  });
});
