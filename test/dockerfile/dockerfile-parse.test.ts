// parseDockerfile() keeps each instruction's argument split for the length of its parse; what it
// returns must read exactly as dockerfile-ast's own parse of the same text: every field the
// constructors set and every getter, on every instruction of the corpus. And outside our parse the
// library must behave as shipped (its FROM getters change the ranges they return).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DockerfileParser, type Argument, type From, type Instruction } from 'dockerfile-ast';
import { positionAt, splitInstructionArguments } from '../../rules/src/documents/dockerfile-arguments.js';
import { lineStartsOf } from '../../rules/src/text.js';
import { parseDockerfile } from '../../rules/src/documents/dockerfile-parse.js';
import { ARGUMENT_SPLIT_CASES, corpus, instructionsOf } from './corpus.js';

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

/** Values and ranges of arguments, as plain data. */
function argumentData(args: Argument[] | null) {
  return args && args.map((a) => ({ value: a.getValue(), range: a.getRange() }));
}

/**
 * Our splitter against the library's split (getRawArguments outside our parse is the library's) on
 * every instruction of a library parse of the text; returns how many instructions were compared.
 */
function compareSplits(text: string): number {
  const lineStarts = lineStartsOf(text);
  const instructions = instructionsOf(DockerfileParser.parse(text).getInstructions());
  for (const instruction of instructions) {
    const library = (instruction as unknown as { getRawArguments(): Argument[] }).getRawArguments();
    const ours = splitInstructionArguments(instruction as Instruction, text, lineStarts);
    assert.deepEqual(argumentData(ours), argumentData(library), `${instruction.getKeyword()} in ${JSON.stringify(text)}`);
  }
  return instructions.length;
}

/** Short texts made of what the split treats specially, the same ones on every run. */
function splitFuzzTexts(count: number): string[] {
  const pieces = ['RUN ', 'ONBUILD ', 'a', 'b', ' ', '\t', '\\', '\\', '`', '\r', '\n', '\r\n', '#', '$', '"', '[', '\u00e9', '\u{1F600}', 'x=y '];
  let seed = 7;
  const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n;
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    let text = (next(4) === 0 ? '# escape=`\n' : '') + 'RUN ';
    for (let k = 1 + next(14); k > 0; k--) text += pieces[next(pieces.length)];
    texts.push(text);
  }
  return texts;
}

describe('splitInstructionArguments', () => {
  it("splits every instruction of the corpus exactly as the library's getRawArguments does", () => {
    let compared = 0;
    for (const text of corpus()) compared += compareSplits(text);
    assert.ok(compared > 10_000, `compared only ${compared} instructions`);
  });

  it('splits escapes, continuations, comments, line ends, JSON, unicode and empty arguments as the library does', () => {
    for (const text of ARGUMENT_SPLIT_CASES) assert.ok(compareSplits(text) > 0, JSON.stringify(text));
  });

  it('splits short texts of escapes, blanks and line ends as the library does', () => {
    let compared = 0;
    for (const text of splitFuzzTexts(20_000)) compared += compareSplits(text);
    assert.ok(compared > 20_000, `compared only ${compared} instructions`);
  });

  it('keeps what an escape keeps: the escape before $, the character after it otherwise', () => {
    const text = 'FROM a\r\nRUN x \\\r\n  y\\$ z \\\n  # c\n  w\\\\v\n';
    const run = instructionsOf(DockerfileParser.parse(text).getInstructions())[1];
    assert.deepEqual(argumentData(splitInstructionArguments(run, text, lineStartsOf(text))), [
      { value: 'x', range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } } },
      { value: 'y\\$', range: { start: { line: 2, character: 2 }, end: { line: 2, character: 5 } } },
      { value: 'z', range: { start: { line: 2, character: 6 }, end: { line: 2, character: 7 } } },
      { value: 'w\\v', range: { start: { line: 4, character: 2 }, end: { line: 4, character: 6 } } },
    ]);
  });

  it("places every offset where the document's positionAt() does, line breaks of every kind included", () => {
    for (const text of ['', 'a', 'ab\r\ncd\rx\n\n\r\r\ny', '\r\n', 'FROM a\r\nRUN b \\\r\n c\r\n\u{1F600}\r']) {
      const document = (DockerfileParser.parse(text) as unknown as { document: { positionAt(offset: number): unknown } }).document;
      const lineStarts = lineStartsOf(text);
      for (let offset = -1; offset <= text.length + 1; offset++) {
        assert.deepEqual(positionAt(text, lineStarts, offset), document.positionAt(offset), `${offset} in ${JSON.stringify(text)}`);
      }
    }
  });

  it('leaves instructions of another text to the library', () => {
    const run = DockerfileParser.parse('FROM a\nRUN x\n').getInstructions()[1];
    assert.equal(splitInstructionArguments(run, 'FROM a\nRUN y\n', lineStartsOf('FROM a\nRUN y\n')), null);
  });
});

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
