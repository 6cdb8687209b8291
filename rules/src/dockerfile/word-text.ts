// Words read from a source text (shell words, Docker's ENV/LABEL words, exec-form strings): their
// text after quote and escape removal, and the file offset of each of its characters.
import type { Span } from '../types.js';
import { offsetAt, pushOffsets, spanIn, type SourceText } from './source.js';

export interface Word extends SourceText {
  /** The word in the file, quotes included. */
  span: Span;
  /** True when some part of the word was quoted or escaped. */
  quoted: boolean;
}

/**
 * A word read by WordText. Most words are one unbroken run of the source (`apt-get`, `"a b"`), and
 * rules read their text, seldom their span or offsets: those are found from the source when first
 * read (a script's words live as long as the parse, so what they leave out counts).
 */
class ReadWord implements Word {
  // Private fields (#) keep a word's own properties to text and quoted.
  readonly #source: SourceText;
  /** Where the word is written in the source, quotes included: [from, to). */
  readonly #from: number;
  readonly #to: number;
  /** For a word that is one run of the source, the run's start; else -1 (and #offsets is set). */
  readonly #runStart: number;
  #span: Span | undefined;
  #offsets: number[] | undefined;

  constructor(
    readonly text: string,
    readonly quoted: boolean,
    source: SourceText,
    from: number,
    to: number,
    offsets: number[] | undefined,
    runStart = -1,
  ) {
    this.#source = source;
    this.#from = from;
    this.#to = to;
    this.#offsets = offsets;
    this.#runStart = runStart;
  }

  get span(): Span {
    return (this.#span ??= spanIn(this.#source, this.#from, this.#to));
  }

  get offsets(): number[] {
    if (!this.#offsets) {
      const offsets: number[] = [];
      pushOffsets(offsets, this.#source, this.#runStart, this.#runStart + this.text.length);
      this.#offsets = offsets;
    }
    return this.#offsets;
  }

  /** File offset of character k of the text. */
  offsetAt(k: number): number {
    return this.#offsets ? this.#offsets[k] : offsetAt(this.#source, this.#runStart + k);
  }
}

/** File offset of character k of a word's text, without building the word's offsets when they can be found from its source. */
export function offsetInWord(word: Word, k: number): number {
  return word instanceof ReadWord ? word.offsetAt(k) : word.offsets[k];
}

/**
 * A word's text after quote removal, with the file offset of each character, built piece by piece.
 * While the pieces are consecutive source characters as written, only where they start and end is
 * kept. One builder serves a reader's words in turn: start() begins the next.
 */
export class WordText {
  private runStart = -1;
  private runEnd = -1;
  /** Set once the word stops being one run of the source. */
  private text: string | undefined;
  private offsets: number[] | undefined;

  constructor(private readonly s: SourceText) {}

  start(): void {
    this.runStart = -1;
    this.runEnd = -1;
    this.text = undefined;
    this.offsets = undefined;
  }

  /** One character standing for source character k (an escape's result, a quote-removed letter). */
  add(ch: string, k: number): void {
    if (this.text === undefined && ch === this.s.text[k] && this.extendsRun(k)) {
      this.runEnd = k + 1;
      return;
    }
    this.leaveRun();
    this.text += ch;
    this.offsets!.push(offsetAt(this.s, k));
  }

  /** Source characters [from, to) as they are. */
  addRange(from: number, to: number): void {
    if (to <= from) return;
    if (this.text === undefined && this.extendsRun(from)) {
      this.runEnd = to;
      return;
    }
    this.leaveRun();
    this.text += this.s.text.slice(from, to);
    pushOffsets(this.offsets!, this.s, from, to);
  }

  /** The word read since start(), written at source characters [from, to). */
  word(from: number, to: number, quoted: boolean): Word {
    if (this.text !== undefined) return new ReadWord(this.text, quoted, this.s, from, to, this.offsets);
    if (this.runStart < 0) return new ReadWord('', quoted, this.s, from, to, []);
    return new ReadWord(this.s.text.slice(this.runStart, this.runEnd), quoted, this.s, from, to, undefined, this.runStart);
  }

  /** True when source character k continues the run (or starts it). */
  private extendsRun(k: number): boolean {
    if (this.runStart < 0) this.runStart = k;
    else if (k !== this.runEnd) return false;
    return true;
  }

  private leaveRun(): void {
    if (this.text !== undefined) return;
    this.offsets = [];
    if (this.runStart < 0) {
      this.text = '';
      return;
    }
    this.text = this.s.text.slice(this.runStart, this.runEnd);
    pushOffsets(this.offsets, this.s, this.runStart, this.runEnd);
  }
}
