// The piecewise YAML parse (rules/src/documents/yaml-stream.ts) must give exactly what parsing the
// whole stream gives — nodes, ranges, values, errors — after any sequence of edits, and must never
// change the documents of an earlier parse (findings and deferred fixes may still read them).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import { parseYamlStream, YAML_OPTIONS } from '../../rules/src/documents/yaml-stream.js';
import { seeds } from '../fuzz/corpus.js';
import { mutation } from '../fuzz/mutations.js';

/** Everything of a node that rules can read, as plain data. */
function shape(node: unknown): unknown {
  if (isPair(node)) return ['pair', shape(node.key), shape(node.value)];
  if (isScalar(node)) return ['scalar', node.range, typeof node.value === 'symbol' ? String(node.value) : node.value, node.type, node.anchor, node.tag];
  if (isAlias(node)) return ['alias', node.range, node.source];
  if (isMap(node) || isSeq(node)) return [isMap(node) ? 'map' : 'seq', node.range, node.flow ?? false, node.anchor, node.tag, node.items.map(shape)];
  return node ?? null;
}

const errorShape = (e: { code: string; pos: [number, number]; message: string }) => [e.code, e.pos, e.message];

function streamShape(docs: Document.Parsed[]): unknown {
  return docs.map((d) => ({ contents: shape(d.contents), errors: d.errors.map(errorShape), warnings: d.warnings.map(errorShape) }));
}

const whole = (text: string) => streamShape(parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[]);

let files = 0;
/** A file name no other test parsed, so each test starts without remembered pieces. */
const freshName = () => `/stream-test/${files++}.yaml`;

const deployment = (name: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: nginx:1.27\n`;
const stream = (names: string[]) => names.map((n) => `---\n${deployment(n)}`).join('');

describe('piecewise YAML parse', () => {
  it('equals the whole parse, reuses untouched documents as they are, and copies the moved ones', () => {
    const name = freshName();
    const before = stream(['a', 'b', 'c', 'd']);
    const first = parseYamlStream(before, name);
    assert.deepEqual(streamShape(first), whole(before));
    const firstShape = streamShape(first);

    // An edit inside document b: a is reused as is, b is parsed again, c and d move by the edit's length.
    const after = before.replace('name: b', 'name: bee');
    const second = parseYamlStream(after, name);
    assert.deepEqual(streamShape(second), whole(after));
    assert.equal(second[0], first[0]);
    assert.notEqual(second[1], first[1]);
    assert.notEqual(second[2], first[2]);
    assert.equal(second[2].contents!.range![0], first[2].contents!.range![0] + 2);
    // The earlier parse is left exactly as it was.
    assert.deepEqual(streamShape(first), firstShape);
  });

  it('parses an unchanged stream again without copying anything', () => {
    const name = freshName();
    const text = stream(['a', 'b', 'c']);
    const first = parseYamlStream(text, name);
    const second = parseYamlStream(text, name);
    first.forEach((d, i) => assert.equal(second[i], d));
  });

  it('uses each remembered piece once when documents repeat', () => {
    const name = freshName();
    const text = stream(['a', 'a', 'a']);
    parseYamlStream(text, name);
    const edited = `# top\n${text}`;
    const docs = parseYamlStream(edited, name);
    assert.deepEqual(streamShape(docs), whole(edited));
    assert.equal(new Set(docs).size, 3);
  });

  it('parses again a last document with an error at its end once a document is appended', () => {
    const name = freshName();
    const before = '---\na: 1\n---\nb: 2\n---\nc: "x\n';
    assert.deepEqual(streamShape(parseYamlStream(before, name)), whole(before));
    const after = `${before}---\nd: 1\n`;
    assert.deepEqual(streamShape(parseYamlStream(after, name)), whole(after));
  });

  const edgeCases: Record<string, string> = {
    'a marker inside a block scalar': 'a: |\n  x\n---\nb: 1\n---\nc: 2\n',
    'a marker inside a quoted scalar': 'a: "x\n---\ny"\n---\nz: 1\n---\nw: 2\n',
    'a marker inside a flow collection': 'a: [1,\n---\n2]\n---\nb: 1\n---\nc: 2\n',
    'comments before the first document': '# one\n# two\n---\na: 1\n---\nb: 2\n---\nc: 3\n',
    'an error before the first marker': ']\n---\na: 1\n---\nb: 2\n',
    'directives': '%YAML 1.2\n---\na: 1\n---\nb: 2\n---\nc: 3\n',
    'document-end markers': 'a: 1\n...\n---\nb: 2\n---\nc: 3\n',
    'CRLF line breaks': '---\r\na: 1\r\n---\r\nb: 2\r\n---\r\nc: 3\r\n',
    'lone CR line breaks': '---\ra: 1\r---\rb: 2\r---\rc: 3\r',
    'a byte-order mark': '\uFEFF---\na: 1\n---\nb: 2\n---\nc: 3\n',
    'markers with content on their line': '--- a\n--- {b: 1}\n--- |\n  c\n--- # note\nd: 1\n',
    'empty documents': '---\n---\n---\n',
    'a marker not at a line start': 'a: 1\n ---\nb: 2\n---\nc: 3\n---\nd: 4\n',
    'anchors and merges per document': '---\nx: &a {k: 1}\ny: {<<: *a}\n---\nx: &a {k: 2}\ny: *a\n---\nz: *a\n',
  };
  for (const [label, text] of Object.entries(edgeCases)) {
    it(`equals the whole parse with ${label}`, () => {
      const name = freshName();
      assert.deepEqual(streamShape(parseYamlStream(text, name)), whole(text));
      const edited = `# edited\n${text}`;
      assert.deepEqual(streamShape(parseYamlStream(edited, name)), whole(edited));
    });
  }

  it('equals the whole parse after any sequence of edits, and never changes an earlier parse', () => {
    const yamlSeeds = seeds().filter((s) => /\.ya?ml$/.test(s.fileName)).map((s) => s.text);
    const streamOf = fc.array(fc.nat(yamlSeeds.length - 1), { minLength: 2, maxLength: 6 }).map((picks) => picks.map((i) => `---\n${yamlSeeds[i]}`).join(''));
    // Besides damage anywhere, documents added at the end and the last one cut short, as while typing.
    const appendDocument = fc.nat(yamlSeeds.length - 1).map((i) => (text: string) => `${text}${text.endsWith('\n') ? '' : '\n'}---\n${yamlSeeds[i]}`);
    const cutTail = fc.nat(40).map((n) => (text: string) => text.slice(0, Math.max(0, text.length - n)));
    fc.assert(
      fc.property(streamOf, fc.array(fc.oneof(mutation, appendDocument, cutTail), { minLength: 1, maxLength: 8 }), (start, edits) => {
        const name = freshName();
        let text = start;
        let previous = parseYamlStream(text, name);
        let previousShape = streamShape(previous);
        for (const edit of edits) {
          text = edit(text);
          const docs = parseYamlStream(text, name);
          assert.deepEqual(streamShape(docs), whole(text));
          assert.deepEqual(streamShape(previous), previousShape);
          previous = docs;
          previousShape = streamShape(docs);
        }
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });
});
