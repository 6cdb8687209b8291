// parseDockerfile() keeps each instruction's argument split for the length of its parse; what it
// returns must read exactly as dockerfile-ast's own parse of the same text: every field the
// constructors set and every getter, on every instruction of the corpus. And outside our parse the
// library must behave as shipped (its FROM getters change the ranges they return). A parse of a
// named file reuses the splits of the file's previous parse: after every edit it must still read
// as a fresh parse, and the previous parse must read as before.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DockerfileParser, Instruction, type Argument, type Dockerfile, type From } from 'dockerfile-ast';
import { positionAt, splitInstructionArguments } from '../../rules/src/documents/dockerfile-arguments.js';
import { lineStartsOf } from '../../rules/src/text.js';
import { keptSplitCount, parseDockerfile } from '../../rules/src/documents/dockerfile-parse.js';
import { clearParseCaches } from '../../rules/src/documents/parse.js';
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


/**
 * The splits handed out during a parse, recorded per instruction: outside our parse getArguments()
 * is the library's own, so what a parse reused is only seen while it runs.
 */
const prototype = Instruction.prototype as unknown as { getRawArguments(this: Instruction): Argument[] };
const ourGetRawArguments = prototype.getRawArguments;
let recording: Map<Instruction, Argument[]> | null = null;
prototype.getRawArguments = function recorded(this: Instruction): Argument[] {
  const args = ourGetRawArguments.call(this);
  if (recording && !recording.has(this)) recording.set(this, args.slice());
  return args;
};
after(() => {
  prototype.getRawArguments = ourGetRawArguments;
});

interface RecordedParse {
  dockerfile: Dockerfile;
  splits: Map<Instruction, Argument[]>;
}

function parseRecorded(text: string, fileName?: string): RecordedParse {
  recording = new Map();
  try {
    return { dockerfile: parseDockerfile(text, lineStartsOf(text), fileName), splits: recording };
  } finally {
    recording = null;
  }
}

/** Every split the parse handed out is the library's split of that instruction (ours outside a parse is the library's). */
function assertSplitsAsLibrary(parse: RecordedParse, label: string): void {
  for (const [instruction, args] of parse.splits) {
    assert.deepEqual(argumentData(args), argumentData(ourGetRawArguments.call(instruction)), `${instruction.getKeyword()} at ${JSON.stringify(instruction.getRange().start)}: ${label}`);
  }
}

/** The Argument objects a parse handed out. */
function argumentObjects(parse: RecordedParse): Set<Argument> {
  return new Set([...parse.splits.values()].flat());
}

/** How many of a parse's splits are an earlier parse's objects. */
function reusedSplits(parse: RecordedParse, earlier: Set<Argument>): number {
  return [...parse.splits.values()].filter((args) => args.length > 0 && earlier.has(args[0])).length;
}

/** Plain data of everything a parse computed: fields of every instruction and the splits it handed out. */
function snapshot(parse: RecordedParse) {
  return { fields: instructionsOf(parse.dockerfile.getInstructions()).map((i) => plain(i)), splits: [...parse.splits.values()].map(argumentData) };
}

/** Replaces the first `from` of a text with `to`. */
const replace = (from: string, to: string) => (text: string) => {
  assert.ok(text.includes(from), `${JSON.stringify(from)} in ${JSON.stringify(text)}`);
  return text.replace(from, to);
};

const EDITED = [
  '# escape=\\',
  'FROM registry.example.com/team/app:1.2 AS build',
  'ARG VERSION=1',
  'ENV A=1 \\',
  '    B="two words"',
  'LABEL a="b c" d=e',
  '  RUN --mount=type=cache,target=/x apt-get update \\',
  '    && apt-get install -y curl',
  'RUN --mount=type=cache,target=/x apt-get update \\',
  '    && apt-get install -y curl',
  'ONBUILD RUN make \\',
  '  all',
  'COPY --from=build /a /b',
  'CMD ["a", "b"]',
  'HEALTHCHECK --interval=5s CMD curl -f C:\\dir `x',
  'RUN a \\ b',
].join('\n');

/**
 * Edits of EDITED, in order, and how many splits each parse makes afresh (-1: not checked). The parse
 * splits RUN, COPY, CMD and ONBUILD (and its trigger), some of them twice (the same split then).
 */
const EDITS: [string, (text: string) => string, number][] = [
  ['type inside a line', replace('--from=build', '--from=builds'), 2],
  ['type inside a continuation line', replace('install -y curl', 'install -y curls'), 2],
  ['type inside a line no instruction is split for', replace('VERSION=1', 'VERSION=12'), 0],
  ['move an instruction along its line', replace('\n  RUN', '\n   RUN'), 2],
  ['move an ONBUILD trigger along its line', replace('ONBUILD RUN', 'ONBUILD  RUN'), 2],
  ['insert a line break', replace('ARG VERSION=12\n', 'ARG VERSION=12\n\n'), 11],
  ['remove it', replace('ARG VERSION=12\n\n', 'ARG VERSION=12\n'), 11],
  ['change the escape character', replace('# escape=\\', '# escape=`'), 11],
  ['change it back', replace('# escape=`', '# escape=\\'), 11],
  ['end a continuation', replace('update \\\n    && apt-get install -y curls', 'update \n    && apt-get install -y curls'), 2],
  ['continue a line', replace('/b\nCMD', '/b \\\nCMD'), 2],
  ['type at the end', (text) => text + 'c', 1],
  ['delete the last character', (text) => text.slice(0, -1), 1],
  ['end the text with an escape', (text) => text + ' \\', 1],
  ['and a line break', (text) => text + '\r', 1],
  ['make it CR LF', (text) => text + '\n', 1],
  ['type after it', (text) => text + 'x', 1],
];

/** The same edits, applied to `text`, with the line ends made `eol`. */
function editedVersions(eol: string): [string, string, number][] {
  let text = EDITED.replaceAll('\n', eol);
  return EDITS.map(([label, edit, fresh]) => {
    text = edit(text.replaceAll(eol, '\n')).replaceAll('\n', eol);
    return [label, text, fresh];
  });
}

/** Random edits of a corpus text: typing inside lines mostly, and what the split treats specially. */
function randomEdits(text: string, count: number, next: (n: number) => number): string[] {
  const pieces = ['x', 'x', 'x', ' ', '\\', '`', '\n', '\r\n', '\r', '\\\n', '#', '$', '--a=b ', 'RUN '];
  const versions: string[] = [];
  for (let k = 0; k < count; k++) {
    const at = next(text.length + 1);
    const kind = next(5);
    if (kind === 0) text = text.slice(0, at) + text.slice(at + 1 + next(3));
    else if (kind === 1 && text.startsWith('# escape=')) text = `# escape=${text[9] === '`' ? '\\' : '`'}${text.slice(10)}`;
    else text = text.slice(0, at) + pieces[next(pieces.length)] + text.slice(at);
    versions.push(text);
  }
  return versions;
}

describe('parseDockerfile of a named file, edited', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    it(`reads every version as a fresh parse, reusing the splits an edit left alone (${JSON.stringify(eol)} line ends)`, () => {
      clearParseCaches();
      const fileName = `/edited/${eol.length}${eol[0] === '\r' ? 'r' : 'n'}/Dockerfile`;
      let previous = parseRecorded(EDITED.replaceAll('\n', eol), fileName);
      for (const [label, text, fresh] of editedVersions(eol)) {
        const parse = parseRecorded(text, fileName);
        assertSplitsAsLibrary(parse, label);
        assert.deepEqual(reading(text, (t) => parseDockerfile(t, lineStartsOf(t), `${fileName}.reading`)), reading(text, (t) => DockerfileParser.parse(t)), label);
        if (fresh !== -1) assert.equal(parse.splits.size - reusedSplits(parse, argumentObjects(previous)), fresh, label);
        previous = parse;
      }
    });
  }

  it('reads random edits of the corpus as fresh parses', () => {
    clearParseCaches();
    let seed = 11;
    const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n;
    const texts = corpus();
    let reused = 0;
    for (let t = 0; t < texts.length; t += 9) {
      const fileName = `/random/${t % 50}/Dockerfile`;
      let previous = parseRecorded(texts[t], fileName);
      for (const text of randomEdits(texts[t], 6, next)) {
        const parse = parseRecorded(text, fileName);
        assertSplitsAsLibrary(parse, JSON.stringify(text));
        reused += reusedSplits(parse, argumentObjects(previous));
        previous = parse;
      }
    }
    assert.ok(reused > 2_000, `reused only ${reused} splits`);
  });

  it("leaves the previous parse as it was, whatever is read of either (FROM's getters included)", () => {
    clearParseCaches();
    const versions = editedVersions('\n');
    let previous = parseRecorded(EDITED, '/unchanged/Dockerfile');
    for (const [label, text] of versions) {
      // Getters fill some fields lazily: fill them first.
      for (const instruction of instructionsOf(previous.dockerfile.getInstructions())) getters(instruction);
      const before = snapshot(previous);
      const parse = parseRecorded(text, '/unchanged/Dockerfile');
      for (const instruction of instructionsOf(parse.dockerfile.getInstructions())) getters(instruction);
      for (const instruction of instructionsOf(previous.dockerfile.getInstructions())) getters(instruction);
      assert.deepEqual(snapshot(previous), before, label);
      previous = parse;
    }
  });

  it('keeps one split per instruction of the latest parse, for the 32 files parsed last', () => {
    clearParseCaches();
    let text = EDITED;
    for (let k = 0; k < 200; k++) {
      text = k % 3 === 0 ? text.replace('\n', '\n\n') : text.replace('a', 'ab');
      parseDockerfile(text, lineStartsOf(text), '/first/Dockerfile');
    }
    // One split for each place an instruction split during the parse starts at.
    const instructions = new Set([...parseRecorded(text).splits.keys()].map((i) => JSON.stringify(i.getRange().start))).size;
    assert.equal(keptSplitCount('/first/Dockerfile'), instructions);
    for (let k = 0; k < 31; k++) parseDockerfile(text, lineStartsOf(text), `/other/${k}/Dockerfile`);
    assert.equal(keptSplitCount('/first/Dockerfile'), instructions);
    parseDockerfile(text, lineStartsOf(text), '/other/31/Dockerfile');
    assert.equal(keptSplitCount('/first/Dockerfile'), 0);
    assert.equal(keptSplitCount('/other/31/Dockerfile'), instructions);
  });

  it('makes a split again after 8 parses, so that its values keep no old text alive', () => {
    clearParseCaches();
    const first = parseRecorded(EDITED, '/aged/Dockerfile');
    // Each version edits the last instruction only.
    for (let k = 1; k <= 9; k++) {
      const parse = parseRecorded(EDITED + 'x'.repeat(k), '/aged/Dockerfile');
      assertSplitsAsLibrary(parse, `version ${k}`);
      assert.equal(reusedSplits(parse, argumentObjects(first)), k <= 8 ? first.splits.size - 1 : 0, `version ${k}`);
    }
  });

  it('reuses nothing after clearParseCaches, nor for a text of no file', () => {
    clearParseCaches();
    const first = parseRecorded(EDITED, '/cleared/Dockerfile');
    // All but the last instruction's split.
    assert.equal(reusedSplits(parseRecorded(EDITED + 'x', '/cleared/Dockerfile'), argumentObjects(first)), first.splits.size - 1);
    const second = parseRecorded(EDITED, '/cleared/Dockerfile');
    clearParseCaches();
    assert.equal(keptSplitCount('/cleared/Dockerfile'), 0);
    assert.equal(reusedSplits(parseRecorded(EDITED + 'x', '/cleared/Dockerfile'), argumentObjects(second)), 0);
    assert.equal(reusedSplits(parseRecorded(EDITED + 'x'), argumentObjects(second)), 0);
  });
});
