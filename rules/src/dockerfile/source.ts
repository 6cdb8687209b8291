// Text as a later stage of parsing sees it, with the file offset of every character, so
// anything found in it (a word, a flag) can still be pointed at in the file.
import type { Span } from '../types.js';

export interface SourceText {
  text: string;
  /** File offset of each character of `text`. To read a few, offsetAt() spares building the array. */
  offsets: number[];
}

/**
 * Text made of runs of the file's characters (an instruction with its line continuations taken
 * out). Every character's offset follows from where the runs start, so the array of them is built
 * only if someone reads it: the tokenizer asks for a few offsets of each instruction, rules for a
 * few more when they edit.
 */
class RunsText implements SourceText {
  // Private fields (#) keep the own properties to `text`, as plain source texts have.
  /** File offset of the first character. */
  readonly #start: number;
  /** For text of several runs, (text index, file offset) of each run's start, flat; else undefined. */
  readonly #runs: number[] | undefined;
  #offsets: number[] | undefined;

  constructor(
    readonly text: string,
    start: number,
    runs?: number[],
  ) {
    this.#start = start;
    this.#runs = runs;
  }

  get offsets(): number[] {
    if (!this.#offsets) {
      const offsets: number[] = new Array(this.text.length);
      for (let i = 0; i < offsets.length; i++) offsets[i] = this.offsetAt(i);
      this.#offsets = offsets;
    }
    return this.#offsets;
  }

  /** File offset of character i (0 <= i < text.length). */
  offsetAt(i: number): number {
    const runs = this.#runs;
    if (!runs) return this.#start + i;
    // The last run starting at or before i (a continued instruction has a handful).
    let r = runs.length - 2;
    while (r > 0 && runs[r] > i) r -= 2;
    return runs[r + 1] + i - runs[r];
  }

  /** Characters [from, to) as runs of their own. */
  slice(from: number, to: number): RunsText {
    const text = this.text.slice(from, to);
    const start = from < this.text.length ? this.offsetAt(from) : 0;
    const runs = this.#runs;
    if (!runs) return new RunsText(text, start);
    const inside = [0, start];
    for (let r = 0; r < runs.length; r += 2) {
      if (runs[r] > from && runs[r] < to) inside.push(runs[r] - from, runs[r + 1]);
    }
    return new RunsText(text, start, inside.length > 2 ? inside : undefined);
  }
}

/** File offset of character i of a source text. */
export function offsetAt(source: SourceText, i: number): number {
  return source instanceof RunsText ? source.offsetAt(i) : source.offsets[i];
}

/** The file text in [start, end) unchanged. */
export function verbatim(fileText: string, start: number, end: number): SourceText {
  return new RunsText(fileText.slice(start, end), start);
}

/** Characters [from, to) of a source text, keeping their offsets. */
export function slice(source: SourceText, from: number, to: number): SourceText {
  if (source instanceof RunsText) return source.slice(from, Math.max(from, to));
  return { text: source.text.slice(from, to), offsets: source.offsets.slice(from, to) };
}

/** The file offsets of characters [from, to) of a source text, appended to `out`. */
export function pushOffsets(out: number[], source: SourceText, from: number, to: number): void {
  if (source instanceof RunsText) {
    for (let k = from; k < to; k++) out.push(source.offsetAt(k));
  } else {
    const offsets = source.offsets;
    for (let k = from; k < to; k++) out.push(offsets[k]);
  }
}

/** The file span covering characters [from, to) of a source text. */
export function spanIn(source: SourceText, from: number, to: number): Span {
  const length = source.text.length;
  if (length === 0) return { start: 0, end: 0 };
  if (to <= from) {
    const at = from < length ? offsetAt(source, from) : offsetAt(source, length - 1) + 1;
    return { start: at, end: at };
  }
  return { start: offsetAt(source, from), end: offsetAt(source, Math.min(to, length) - 1) + 1 };
}

/**
 * An instruction's text from `start` to `end` as Docker hands it on: on the instruction's first
 * logical line, the escape character at the end of a line joins the next one, and blank or
 * comment lines inside such a continuation are dropped. After the first logical line (heredoc
 * bodies) the text is kept verbatim.
 */
export function joinContinuations(fileText: string, start: number, end: number, escapeChar: string): SourceText {
  // Runs of characters kept as they are go in with one slice each.
  let text = '';
  const runs: number[] = [];
  let runStart = start;
  let i = start;
  const escape = escapeChar.length === 1 ? escapeChar.charCodeAt(0) : -1;
  while (i < end) {
    const c = fileText.charCodeAt(i);
    if (c === escape) {
      const after = lineBreakAfterBlanks(fileText, i + 1, end);
      if (after !== undefined) {
        addRun(runStart, i);
        i = runStart = skipDroppedLines(fileText, after, end);
        continue;
      }
    }
    // After the first logical line come heredoc bodies, which Docker keeps as written.
    if (c === 10 || c === 13) i = end; // '\n' '\r'
    else i++;
  }
  addRun(runStart, end);
  if (runs.length === 0) return new RunsText('', start);
  return new RunsText(text, runs[1], runs.length > 2 ? runs : undefined);

  function addRun(from: number, to: number): void {
    if (to <= from) return;
    runs.push(text.length, from);
    text += fileText.slice(from, to);
  }
}

/** Offset just past the line break when only spaces/tabs lie between `i` and it. */
function lineBreakAfterBlanks(text: string, i: number, end: number): number | undefined {
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= end) return end;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  if (text[i] === '\n' || text[i] === '\r') return i + 1;
  return undefined;
}

/** Skips the blank and comment lines Docker removes from a continued instruction. */
function skipDroppedLines(text: string, i: number, end: number): number {
  for (;;) {
    let j = i;
    while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
    const blank = j < end && (text[j] === '\n' || text[j] === '\r');
    const comment = j < end && text[j] === '#';
    if (!blank && !comment) return i;
    while (j < end && text[j] !== '\n' && text[j] !== '\r') j++;
    if (text[j] === '\r' && text[j + 1] === '\n') j++;
    if (j >= end) return end;
    i = j + 1;
  }
}
