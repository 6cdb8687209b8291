// Our own split of an instruction's arguments, answering exactly what dockerfile-ast's
// getRawArguments() answers (values and ranges, odd cases included) without its cost: the library
// grows each value one character at a time and asks the document for every position. Here a value
// is a slice of the text, glued from pieces only where an escape drops a character, and positions
// come from a table of line starts made once per text.
//
// Semantics kept from the library (dockerfile-ast 0.7.1), which the parse test checks against it:
// - whitespace (space, tab, CR, LF) ends an argument, except right after an escaped newline, where
//   it is skipped (and a newline there ends a comment);
// - escape + newline (or escape + spaces/tabs + newline) continues the line; the argument's range
//   then ends at that escape; escape + CR skips the character after the CR whatever it is, and so
//   does escape + spaces + CR;
// - escape + spaces/tabs + other character marks the escape as the range end of the argument;
// - escape + any other character keeps that character (both characters for `$`); at the end of the
//   arguments it stops the split;
// - `#` first on a continued line starts a comment, which ends with its line;
// - text after a continuation and blanks closes an argument cut at an escape (one found before any
//   character, as the library has it, from the character before the arguments).
import { Argument, type Instruction } from 'dockerfile-ast';

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35;
const DOLLAR = 36;

/**
 * Offsets at which each line of a text starts, in order (text.ts `lineStartsOf`: CR LF, lone CR and
 * lone LF end a line, as the document counts them).
 */
export type LineStarts = readonly number[];

interface Position {
  line: number;
  character: number;
}

/** What the document's positionAt() answers: offsets clamped to the text, never inside a line break. */
export function positionAt(text: string, lineStarts: LineStarts, offset: number): Position {
  offset = Math.max(0, Math.min(offset, text.length));
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (lineStarts[mid] > offset) high = mid;
    else low = mid + 1;
  }
  const line = low - 1;
  const lineStart = lineStarts[line];
  while (offset > lineStart && isNewline(text.charCodeAt(offset - 1))) offset--;
  return { line, character: offset - lineStart };
}

function isNewline(c: number): boolean {
  return c === CR || c === LF;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** The fields of an instruction the split reads (protected in the library's types). */
interface InstructionInternals {
  document: { getText(): string; offsetAt(position: Position): number };
  escapeChar: string;
}

/** Where an instruction lies in its text: its range [from, to), where its arguments start, its escape character. */
export interface InstructionSpan {
  from: number;
  to: number;
  argumentsFrom: number;
  escape: number;
}

/**
 * Where an instruction of `text` lies, or null when it is not one this split answers for (another
 * text, an escape character that is not one character, a keyword range ending before it starts):
 * the caller then asks the library.
 */
export function instructionSpan(instruction: Instruction, text: string): InstructionSpan | null {
  const { document, escapeChar } = instruction as unknown as InstructionInternals;
  if (document.getText() !== text || escapeChar.length !== 1) return null;
  const range = instruction.getRange();
  const keyword = instruction.getInstructionRange();
  const from = document.offsetAt(range.start);
  const keywordLength = document.offsetAt(keyword.end) - document.offsetAt(keyword.start);
  if (keywordLength < 0) return null;
  return { from, to: document.offsetAt(range.end), argumentsFrom: from + keywordLength, escape: escapeChar.charCodeAt(0) };
}

/** The arguments of the instruction at `span` of `text`. */
export function splitSpan(text: string, lineStarts: LineStarts, span: InstructionSpan): Argument[] {
  if (span.argumentsFrom >= span.to) return [];
  return splitArguments(text, lineStarts, span.argumentsFrom, span.to, span.escape);
}

/** The arguments of an instruction of `text`, or null when instructionSpan() answers null. */
export function splitInstructionArguments(instruction: Instruction, text: string, lineStarts: LineStarts): Argument[] | null {
  const span = instructionSpan(instruction, text);
  return span && splitSpan(text, lineStarts, span);
}

/** A value made of slices of the text: one slice while the characters kept are contiguous. */
class ValueBuilder {
  private done = '';
  private from = -1;
  private to = -1;

  constructor(private readonly text: string) {}

  keep(from: number, to: number): void {
    if (this.from !== -1 && this.to === from) {
      this.to = to;
      return;
    }
    if (this.from !== -1) this.done += this.text.slice(this.from, this.to);
    this.from = from;
    this.to = to;
  }

  take(): string {
    const value = this.from === -1 ? this.done : this.done + this.text.slice(this.from, this.to);
    this.done = '';
    this.from = this.to = -1;
    return value;
  }
}

/** An argument of text[from, to) with the value built for it. */
function argument(text: string, lineStarts: LineStarts, value: string, from: number, to: number): Argument {
  return new Argument(value, { start: positionAt(text, lineStarts, from), end: positionAt(text, lineStarts, to) });
}

/**
 * Splits text[start, end) (an instruction's text after its keyword) into arguments. The state lives
 * in locals, not in closures, so that the loop over characters stays fast.
 */
export function splitArguments(text: string, lineStarts: LineStarts, start: number, end: number, escape: number): Argument[] {
  const args: Argument[] = [];
  const value = new ValueBuilder(text);
  let argStart = -1; // where the current argument starts (-1: none yet)
  let cutAt = -1; // an escape the current argument's range ends at, if it ends there
  let inComment = false;
  let atLineStart = false; // right after an escaped newline, before anything else
  let afterContinuation = false; // whitespace here belongs to an escaped newline
  let blankAfterContinuation = false; // a space or tab seen there since the last newline

  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || isNewline(c)) {
      if (afterContinuation) {
        blankAfterContinuation = !isNewline(c);
        if (isNewline(c) && inComment) {
          inComment = false;
          atLineStart = true;
        }
      } else if (argStart !== -1) {
        args.push(argument(text, lineStarts, value.take(), argStart, cutAt === -1 ? i : cutAt));
        cutAt = -1;
        argStart = -1;
      }
      continue;
    }
    // The characters of the text this one keeps in the argument's value: [keepFrom, keepTo).
    let keepFrom: number;
    let keepTo: number;
    if (c === escape) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
      if (isBlank(next)) {
        let j = i + 2;
        while (j < end && isBlank(text.charCodeAt(j))) j++;
        if (j >= end) continue;
        if (isNewline(text.charCodeAt(j))) {
          // The library steps over one character after a CR, LF or not.
          if (text.charCodeAt(j) === CR) j++;
          inComment = false;
          afterContinuation = true;
          atLineStart = true;
          if (argStart !== -1) cutAt = i;
          i = j;
        } else {
          cutAt = i;
          if (argStart === -1) i = j - 1;
        }
        continue;
      }
      if (isNewline(next)) {
        inComment = false;
        afterContinuation = true;
        atLineStart = true;
        if (argStart !== -1 && cutAt === -1) cutAt = i;
        i += next === CR ? 2 : 1;
        continue;
      }
      keepFrom = next === DOLLAR ? i : i + 1;
      keepTo = i + 2;
    } else {
      if (inComment) continue;
      const startsComment = atLineStart && c === HASH;
      atLineStart = false;
      if (startsComment) {
        inComment = true;
        continue;
      }
      keepFrom = i;
      keepTo = i + 1;
    }
    // Text after a continuation and blanks: an argument cut at an escape ends there (one found
    // before any character is reported from the character before the arguments).
    if (blankAfterContinuation && cutAt !== -1) {
      args.push(argument(text, lineStarts, value.take(), argStart === -1 ? start - 1 : argStart, cutAt));
      argStart = -1;
    }
    cutAt = -1;
    blankAfterContinuation = false;
    afterContinuation = false;
    if (keepTo > end) break; // an escape ending the arguments ends the split
    value.keep(keepFrom, keepTo);
    if (argStart === -1) argStart = i;
    i = keepTo - 1;
  }
  if (argStart !== -1) args.push(argument(text, lineStarts, value.take(), argStart, cutAt === -1 ? end : cutAt));
  return args;
}
