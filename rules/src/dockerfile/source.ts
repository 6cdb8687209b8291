// Text as a later stage of parsing sees it, with the file offset of every character, so
// anything found in it (a word, a flag) can still be pointed at in the file.
import type { Span } from '../types.js';

export interface SourceText {
  text: string;
  /** File offset of each character of `text`. */
  offsets: number[];
}

/** The file text in [start, end) unchanged. */
export function verbatim(fileText: string, start: number, end: number): SourceText {
  const offsets: number[] = [];
  pushOffsets(offsets, start, end);
  return { text: fileText.slice(start, end), offsets };
}

/** Appends the offsets start, start + 1, …, end - 1. */
function pushOffsets(offsets: number[], start: number, end: number): void {
  for (let i = start; i < end; i++) offsets.push(i);
}

/** Characters [from, to) of a source text, keeping their offsets. */
export function slice(source: SourceText, from: number, to: number): SourceText {
  return { text: source.text.slice(from, to), offsets: source.offsets.slice(from, to) };
}

/** The file span covering characters [from, to) of a source text. */
export function spanIn(source: SourceText, from: number, to: number): Span {
  if (source.offsets.length === 0) return { start: 0, end: 0 };
  if (to <= from) {
    const at = from < source.offsets.length ? source.offsets[from] : source.offsets[source.offsets.length - 1] + 1;
    return { start: at, end: at };
  }
  return { start: source.offsets[from], end: source.offsets[Math.min(to, source.offsets.length) - 1] + 1 };
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
  const offsets: number[] = [];
  let runStart = start;
  let i = start;
  while (i < end) {
    const c = fileText[i];
    if (c === escapeChar) {
      const after = lineBreakAfterBlanks(fileText, i + 1, end);
      if (after !== undefined) {
        text += fileText.slice(runStart, i);
        pushOffsets(offsets, runStart, i);
        i = runStart = skipDroppedLines(fileText, after, end);
        continue;
      }
    }
    // After the first logical line come heredoc bodies, which Docker keeps as written.
    if (c === '\n' || c === '\r') i = end;
    else i++;
  }
  text += fileText.slice(runStart, end);
  pushOffsets(offsets, runStart, end);
  return { text, offsets };
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
