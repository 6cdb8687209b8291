// The Dockerfile parse. dockerfile-ast splits an instruction's arguments afresh on every
// getArguments() call, and the constructors of RUN, CMD, COPY and the other JSON-capable
// instructions ask three or four times each: most of the time of a parse went there. While our
// parse runs, each instruction's split is made once, by our own splitter (dockerfile-arguments.ts,
// same answers at a fraction of the cost), and handed out again, as a new array (callers shift
// flags off it). Outside our parse the library behaves as shipped: some of its getters change the
// ranges they return (FROM's image name and registry ranges), which sharing would leak.
//
// A parse of a named file also reuses the splits of the file's previous parse for the instructions
// an edit left alone (see KeptSplit): while someone types, that is all of them but one.
import { DockerfileParser, Instruction, type Argument, type Dockerfile } from 'dockerfile-ast';
import { lineStartsOf } from '../text.js';
import { instructionSpan, splitSpan, type InstructionSpan, type LineStarts } from './dockerfile-arguments.js';

/**
 * An instruction's split, kept for the next parse of the same file. A split reads only the
 * instruction's range of the text, the character after it (a CR at the end of the range ends a line
 * there unless an LF follows), the escape character and where the keyword ends, and it places every
 * offset by line and character from the start of the range: an instruction that starts at the same
 * line and character with all of those the same splits into the same arguments.
 *
 * The Argument objects are then shared by two parses (the older one lives on, in the previous
 * lint's findings). Nothing changes them: the library's objects are set once by their constructors,
 * and the only getters that change a range they return (FROM's getImageNameRange() and
 * getRegistryRange()) change the first argument of a getArguments() made when they run, which outside
 * our parse is the library's own fresh split; during our parse nothing calls them.
 */
interface KeptSplit {
  /** The text of the latest parse that used the split, and the instruction's span in that text. */
  text: string;
  span: InstructionSpan;
  /** The parse of the file the split was made in: its values are slices of that parse's text. */
  madeIn: number;
  args: Argument[];
}

/** A file's latest splits, by where their instruction starts (startKey). */
interface FileSplits {
  /** Parses of the file so far. */
  parses: number;
  byStart: Map<number, KeptSplit>;
}

/** Files whose splits are kept, as many as parse.ts keeps parses of. */
const KEPT_FILES = 32;
/**
 * A split older than this many parses is made again: its values keep alive the text they were cut
 * from, and a file typed into line by line would otherwise keep a text per instruction.
 */
const MAX_SPLIT_AGE = 8;
/** By file name, least recently parsed first. */
const splitsByFile = new Map<string, FileSplits>();

/** The parse in progress: its text, the text's line starts and the splits made so far; null when none is. */
interface ParseInProgress {
  text: string;
  lineStarts: LineStarts;
  splits: WeakMap<Instruction, Argument[]>;
  /** For a parse of a named file: the splits of its previous parse, and this parse's, to keep. */
  reuse?: { file: FileSplits; keeping: Map<number, KeptSplit> };
}
let current: ParseInProgress | null = null;

/** The splitting method (private in the library's types; every getArguments() goes through it). */
const prototype = Instruction.prototype as unknown as { getRawArguments(this: Instruction): Argument[] };
const libraryGetRawArguments = prototype.getRawArguments;

prototype.getRawArguments = function getRawArguments(this: Instruction): Argument[] {
  if (!current) return libraryGetRawArguments.call(this);
  let args = current.splits.get(this);
  if (!args) {
    args = splitOf(this, current) ?? libraryGetRawArguments.call(this);
    current.splits.set(this, args);
  }
  return args.slice();
};

/**
 * `lineStarts`: the text's line starts, when the caller has them already (parse.ts's LineIndex).
 * `fileName`: the file the text is a version of, to reuse the splits of its previous parse.
 */
export function parseDockerfile(text: string, lineStarts: LineStarts = lineStartsOf(text), fileName?: string): Dockerfile {
  const outer = current;
  const file = fileName === undefined ? undefined : (splitsByFile.get(fileName) ?? { parses: 0, byStart: new Map() });
  const reuse = file && { file, keeping: new Map<number, KeptSplit>() };
  current = { text, lineStarts, splits: new WeakMap(), reuse };
  try {
    const dockerfile = DockerfileParser.parse(text);
    if (reuse) keepSplits(fileName!, reuse.file, reuse.keeping);
    return dockerfile;
  } finally {
    current = outer;
  }
}

/** Forgets every kept split (parse.ts's clearParseCaches). */
export function forgetDockerfileSplits(): void {
  splitsByFile.clear();
}

/** The splits of a parse replace the file's previous ones, so what is kept never grows. */
function keepSplits(fileName: string, file: FileSplits, splits: Map<number, KeptSplit>): void {
  file.parses++;
  file.byStart = splits;
  splitsByFile.delete(fileName);
  splitsByFile.set(fileName, file);
  if (splitsByFile.size > KEPT_FILES) splitsByFile.delete(splitsByFile.keys().next().value!);
}

/** The instruction's arguments, or null when our splitter does not answer for it. */
function splitOf(instruction: Instruction, parse: ParseInProgress): Argument[] | null {
  const span = instructionSpan(instruction, parse.text);
  if (!span) return null;
  const { reuse, text, lineStarts } = parse;
  const key = reuse ? startKey(instruction.getRange().start, span) : -1;
  if (key === -1) return splitSpan(text, lineStarts, span);
  const { file, keeping } = reuse!;
  // This parse's first: the library makes some instructions twice.
  let kept = keeping.get(key) ?? file.byStart.get(key);
  if (kept && file.parses - kept.madeIn <= MAX_SPLIT_AGE && splitsAlike(kept, text, span)) {
    kept.text = text;
    kept.span = span;
  } else {
    kept = { text, span, madeIn: file.parses, args: splitSpan(text, lineStarts, span) };
  }
  keeping.set(key, kept);
  return kept.args;
}

const CHARACTERS_PER_LINE = 2 ** 20;

/**
 * One number for the line and character an instruction starts at, or -1 when its split is not kept:
 * a character too far into its line, or no keyword (a split can then place an argument at the
 * character before the instruction, on another line).
 */
function startKey(start: { line: number; character: number }, span: InstructionSpan): number {
  if (start.character >= CHARACTERS_PER_LINE || span.argumentsFrom <= span.from) return -1;
  return start.line * CHARACTERS_PER_LINE + start.character;
}

/** Whether a kept split is the split of `span` of `text` (which starts where the kept one did). */
function splitsAlike(kept: KeptSplit, text: string, span: InstructionSpan): boolean {
  const was = kept.span;
  const length = span.to - span.from;
  if (was.escape !== span.escape || was.to - was.from !== length || was.argumentsFrom - was.from !== span.argumentsFrom - span.from) return false;
  // The range and the character after it, if any.
  const compared = Math.min(length + 1, text.length - span.from);
  if (Math.min(length + 1, kept.text.length - was.from) !== compared) return false;
  return sameCharacters(kept.text, was.from, text, span.from, compared);
}

function sameCharacters(a: string, aFrom: number, b: string, bFrom: number, length: number): boolean {
  if (a === b && aFrom === bFrom) return true;
  for (let i = 0; i < length; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}

/** How many splits are kept for a file (for tests: what is kept must not grow). */
export function keptSplitCount(fileName: string): number {
  return splitsByFile.get(fileName)?.byStart.size ?? 0;
}
