// parseDockerfile() keeps each instruction's argument split for the length of its parse; what it
// returns must read exactly as dockerfile-ast's own parse of the same text: every field the
// constructors set and every getter, on every instruction of the corpus. And outside our parse the
// library must behave as shipped (its FROM getters change the ranges they return).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DockerfileParser, type From } from 'dockerfile-ast';
import { parseDockerfile } from '../../rules/src/documents/dockerfile-parse.js';
import { corpus, instructionsOf } from './corpus.js';

/** Plain data of a parse object: its own fields, without the document and Dockerfile it points back to. */
function plain(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '…';
  if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (key !== 'document' && key !== 'dockerfile') out[key] = plain(v, depth + 1);
  return out;
}

/** What every argument-less getter of an object answers (get…, is…, has…), as plain data. */
function getters(object: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let proto = Object.getPrototypeOf(object); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const method = (object as Record<string, unknown>)[name];
      if (name in out || !/^(get|is|has)[A-Z]/.test(name) || typeof method !== 'function' || method.length > 0) continue;
      try {
        out[name] = plain(method.call(object));
      } catch (error) {
        out[name] = `throws ${(error as Error).message}`;
      }
    }
  }
  return out;
}

/** Fields first (what the constructors computed during the parse), then getters. */
function reading(text: string, parse: (text: string) => ReturnType<typeof DockerfileParser.parse>) {
  const dockerfile = parse(text);
  const instructions = instructionsOf(dockerfile.getInstructions());
  const fields = instructions.map((i) => plain(i));
  return { fields, getters: instructions.map((i) => getters(i)), comments: plain(dockerfile.getComments()), directives: plain(dockerfile.getDirectives()) };
}

describe('parseDockerfile', () => {
  it("reads every text of the corpus exactly as dockerfile-ast's parse does", () => {
    let compared = 0;
    for (const text of corpus()) {
      assert.deepEqual(reading(text, parseDockerfile), reading(text, (t) => DockerfileParser.parse(t)), JSON.stringify(text));
      compared++;
    }
    assert.ok(compared > 3_000, `compared only ${compared} texts`);
  });

  it('leaves the library as shipped outside its parse: a FROM getter changing its range changes no other answer', () => {
    const from = parseDockerfile('FROM registry.example.com/team/app:1.2\n').getFROMs()[0] as From;
    // getImageNameRange() moves the start of the range it was handed; later answers must not see it.
    assert.deepEqual(from.getImageNameRange(), { start: { line: 0, character: 26 }, end: { line: 0, character: 34 } });
    assert.deepEqual(from.getImageRange(), { start: { line: 0, character: 5 }, end: { line: 0, character: 38 } });
    assert.equal(from.getRegistry(), 'registry.example.com');
    assert.equal(from.getImageName(), 'team/app');
  });
});
