// Where an instruction's arguments start, exactly as dockerfile-ast's getArgumentsRange() places
// them, read from the file text. getArgumentsRange() re-tokenizes the whole instruction into
// argument objects with line/character positions on every call; this walks the same way but stops
// at the first argument after the flags and allocates nothing but the few leading values it needs.
//
// The walk follows dockerfile-ast 0.7's Instruction.getRawArguments() step for step (its quirks
// included: `\` followed by blanks, comment lines inside a continuation, a lone `\r` after
// `\ `), and the flags follow ModifiableInstruction.getFlags(): the raw arguments before the one
// stopSearchingForFlags() accepts, counting those that start with `--`; getArguments() then drops
// that many arguments from the front. test/dockerfile/argument-start.test.ts compares the two.

/** How an instruction's leading flags are told apart (dockerfile-ast's stopSearchingForFlags, per class). */
type FlagSearch = (value: string) => boolean;

// RUN, ADD, COPY and FROM look at arguments until one without `--` anywhere in it.
const untilNoDashes: FlagSearch = (value) => value.indexOf('--') === -1;
// HEALTHCHECK looks until its CMD or NONE.
const untilSubcommand: FlagSearch = (value) => {
  const upper = value.toUpperCase();
  return upper === 'CMD' || upper === 'NONE';
};

const FLAG_SEARCH: Record<string, FlagSearch> = { RUN: untilNoDashes, ADD: untilNoDashes, COPY: untilNoDashes, FROM: untilNoDashes, HEALTHCHECK: untilSubcommand };

/**
 * File offset of the first argument after the flags of the instruction whose keyword ends at
 * `from` and which ends at `to`; -1 when it has no such argument (getArgumentsRange() is null).
 */
export function argumentsStartOffset(text: string, from: number, to: number, keyword: string, escapeChar: string): number {
  return new ArgumentsStart(text, from, to, escapeChar, FLAG_SEARCH[keyword]).find();
}

/** One walk over an instruction's raw arguments, up to the first one after the flags. */
class ArgumentsStart {
  /** Raw argument starts seen so far; the answer is the one at index `flags`. */
  private readonly starts: number[] = [];
  private flags = 0;
  private searching: boolean;
  private answer = -1;
  /** Where the argument being read starts, relative to `from`; -1 between arguments. */
  private found = -1;
  // The current argument's value with escapes removed: the text's characters in order, kept as
  // [runStart, runEnd) of the text after `prefix`, so a value nobody reads is never built.
  private prefix = '';
  private runStart = -1;
  private runEnd = -1;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
    private readonly escapeChar: string,
    private readonly stopsFlagSearch: FlagSearch | undefined,
  ) {
    this.searching = stopsFlagSearch !== undefined;
  }

  find(): number {
    this.walk();
    const { answer, flags, starts } = this;
    return answer >= 0 ? answer : flags < starts.length ? starts[flags] : -1;
  }

  /** A raw argument starts at file offset `start`; false ends the walk. */
  private visit(start: number): boolean {
    this.starts.push(start);
    if (this.searching) {
      const value = this.value();
      if (this.stopsFlagSearch!(value)) this.searching = false;
      else if (value.indexOf('--') === 0) this.flags++;
    }
    if (!this.searching && this.starts.length > this.flags) {
      this.answer = this.starts[this.flags];
      return false;
    }
    return true;
  }

  private value(): string {
    return this.runStart < 0 ? this.prefix : this.prefix + this.text.slice(this.runStart, this.runEnd);
  }

  /** Appends text [start, end) to the current value. */
  private append(start: number, end: number): void {
    if (this.runStart >= 0 && start === this.runEnd) {
      this.runEnd = end;
      return;
    }
    if (this.runStart >= 0) this.prefix += this.text.slice(this.runStart, this.runEnd);
    this.runStart = start;
    this.runEnd = end;
  }

  private clearValue(): void {
    this.prefix = '';
    this.runStart = -1;
    this.runEnd = -1;
  }

  /**
   * Visits the file offset of each raw argument in text [from, to), in order, until visit()
   * returns false (the value of the argument being visited is value()).
   */
  private walk(): void {
    const { text, from, escapeChar } = this;
    const length = Math.max(0, this.to - from);
    let lineStart = false;
    let comment = false;
    // A blank that belongs to an escaped line break was seen.
    let escapedWhitespaceDetected = false;
    // Inside an escaped line break sequence.
    let escaping = false;
    let escapeMarker = -1;
    for (let i = 0; i < length; i++) {
      const char = text[from + i];
      if (char === ' ' || char === '\t' || char === '\r' || char === '\n') {
        if (escaping) {
          escapedWhitespaceDetected = char === ' ' || char === '\t';
          if (!escapedWhitespaceDetected && comment) {
            comment = false;
            lineStart = true;
          }
          continue;
        }
        if (this.found !== -1) {
          escapeMarker = -1;
          if (!this.emit()) return;
        }
      } else if (char === escapeChar) {
        const next = i + 1 < length ? text[from + i + 1] : '';
        if (next === ' ' || next === '\t') {
          for (let j = i + 2; j < length; j++) {
            const c = text[from + j];
            if (c === ' ' || c === '\t') continue;
            if (c === '\r' || c === '\n') {
              comment = false;
              escaping = true;
              lineStart = true;
              if (this.found !== -1) escapeMarker = i;
              // dockerfile-ast steps over the character after a `\r` whatever it is.
              i = c === '\r' ? j + 1 : j;
            } else {
              escapeMarker = i;
              if (this.found === -1) i = j - 1;
            }
            break;
          }
        } else if (next === '\r' || next === '\n') {
          comment = false;
          escaping = true;
          lineStart = true;
          if (this.found !== -1 && escapeMarker === -1) escapeMarker = i;
          i += next === '\r' ? 2 : 1;
        } else {
          if (escapedWhitespaceDetected && escapeMarker !== -1 && !this.emit()) return;
          escapeMarker = -1;
          escapedWhitespaceDetected = false;
          escaping = false;
          if (next === '') break;
          this.append(next === '$' ? from + i : from + i + 1, from + i + 2);
          if (this.found === -1) this.found = i;
          i++;
        }
      } else if (!comment) {
        if (lineStart && char === '#') {
          comment = true;
        } else {
          if (escapedWhitespaceDetected && escapeMarker !== -1 && !this.emit()) return;
          escapedWhitespaceDetected = false;
          escaping = false;
          escapeMarker = -1;
          this.append(from + i, from + i + 1);
          if (this.found === -1) this.found = i;
        }
        lineStart = false;
      }
    }
    if (this.found !== -1) this.visit(from + this.found);
  }

  /** The argument read so far ends: visits it; false ends the walk. */
  private emit(): boolean {
    const keepGoing = this.visit(this.from + this.found);
    this.clearValue();
    this.found = -1;
    return keepGoing;
  }
}
