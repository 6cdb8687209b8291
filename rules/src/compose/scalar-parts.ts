// Positions of parts of a scalar's text (`127.0.0.1` in "127.0.0.1:8080:80"), so findings and
// fixes about one field of a Compose short-syntax string point at that field only.
import type { Span } from '../types.js';
import { isScalar, spanOf, stringValue } from '../yaml/nodes.js';

export interface Part {
  text: string;
  /** The part's exact span, or the whole scalar's when the source is not written verbatim (escapes, folding). */
  span: Span;
  /** True when `span` covers exactly the characters of `text`, so edits can target offsets inside it. */
  exact: boolean;
}

export interface ScalarText {
  text: string;
  /** Makes the Part for text[from, to). */
  part(from: number, to: number): Part;
}

/** The scalar's string value, and where each character of it sits in the source when that is knowable. */
export function scalarText(node: unknown, source: string): ScalarText | undefined {
  const text = stringValue(node);
  const whole = spanOf(node);
  if (text === undefined || !isScalar(node) || !whole) return undefined;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return new SourcedText(text, whole, readsVerbatim(source, whole, quoted, text), whole.start + (quoted ? 1 : 0));
}

/**
 * Whether the scalar's source (between its quotes, when quoted) is exactly its value, compared in
 * place rather than sliced out: this runs for every port, mount and entry.
 */
function readsVerbatim(source: string, whole: Span, quoted: boolean, text: string): boolean {
  const start = Math.min(whole.start, source.length);
  const length = Math.max(Math.min(whole.end, source.length) - start, 0);
  if (!quoted) return text.length === length && source.startsWith(text, start);
  return text.length === Math.max(length - 2, 0) && source.startsWith(text, start + 1);
}

/** A class rather than a closure per scalar: the normalisers make one for every port, mount and entry. */
class SourcedText implements ScalarText {
  constructor(
    readonly text: string,
    private readonly whole: Span,
    private readonly verbatim: boolean,
    /** Where text[0] sits in the source, when verbatim. */
    private readonly base: number,
  ) {}

  part(from: number, to: number): Part {
    const span = this.verbatim ? { start: this.base + from, end: this.base + to } : this.whole;
    return { text: this.text.slice(from, to), span, exact: this.verbatim };
  }
}

/** The Part for a whole scalar (long-syntax fields), or undefined when the node is not a scalar. Its span includes any quotes. */
export function wholePart(node: unknown): Part | undefined {
  const text = stringValue(node);
  const span = spanOf(node);
  return text !== undefined && span ? { text, span, exact: false } : undefined;
}
