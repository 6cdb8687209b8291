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
  const stopsFlagSearch = FLAG_SEARCH[keyword];
  // Raw argument starts seen so far; the answer is the one at index `flags`.
  const starts: number[] = [];
  let flags = 0;
  let searching = stopsFlagSearch !== undefined;
  let answer = -1;
  walkRawArguments(text, from, to, escapeChar, (start, value) => {
    starts.push(start);
    if (searching) {
      if (stopsFlagSearch!(value())) searching = false;
      else if (value().indexOf('--') === 0) flags++;
    }
    if (!searching && starts.length > flags) {
      answer = starts[flags];
      return false;
    }
    return true;
  });
  return answer >= 0 ? answer : flags < starts.length ? starts[flags] : -1;
}

/**
 * Calls `visit` with the file offset and (on demand) the unescaped value of each raw argument in
 * text [from, to), in order, until it returns false.
 */
function walkRawArguments(text: string, from: number, to: number, escapeChar: string, visit: (start: number, value: () => string) => boolean): void {
  const length = Math.max(0, to - from);
  const charAt = (k: number): string => (k < length ? text[from + k] : '');
  let lineStart = false;
  let comment = false;
  let found = -1;
  // A blank that belongs to an escaped line break was seen.
  let escapedWhitespaceDetected = false;
  // Inside an escaped line break sequence.
  let escaping = false;
  let escapeMarker = -1;
  // The current argument's value with escapes removed (the walk ends after the first few arguments).
  let value = '';
  const valueOf = () => value;
  const emit = (): boolean => {
    const keepGoing = visit(from + found, valueOf);
    value = '';
    found = -1;
    return keepGoing;
  };
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
      if (found !== -1) {
        escapeMarker = -1;
        if (!emit()) return;
      }
    } else if (char === escapeChar) {
      const next = charAt(i + 1);
      if (next === ' ' || next === '\t') {
        for (let j = i + 2; j < length; j++) {
          const c = text[from + j];
          if (c === ' ' || c === '\t') continue;
          if (c === '\r' || c === '\n') {
            comment = false;
            escaping = true;
            lineStart = true;
            if (found !== -1) escapeMarker = i;
            // dockerfile-ast steps over the character after a `\r` whatever it is.
            i = c === '\r' ? j + 1 : j;
          } else {
            escapeMarker = i;
            if (found === -1) i = j - 1;
          }
          break;
        }
      } else if (next === '\r' || next === '\n') {
        comment = false;
        escaping = true;
        lineStart = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += next === '\r' ? 2 : 1;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1 && !emit()) return;
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === '') break;
        value += next === '$' ? char + next : next;
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (lineStart && char === '#') {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1 && !emit()) return;
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        value += char;
        if (found === -1) found = i;
      }
      lineStart = false;
    }
  }
  if (found !== -1) visit(from + found, valueOf);
}
