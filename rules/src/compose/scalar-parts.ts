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
  const raw = source.slice(whole.start, whole.end);
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  const verbatim = quoted ? raw.slice(1, -1) === text : raw === text;
  const base = whole.start + (quoted ? 1 : 0);
  return {
    text,
    part: (from, to) => ({ text: text.slice(from, to), span: verbatim ? { start: base + from, end: base + to } : whole, exact: verbatim }),
  };
}

/** The Part for a whole scalar (long-syntax fields), or undefined when the node is not a scalar. Its span includes any quotes. */
export function wholePart(node: unknown): Part | undefined {
  const text = stringValue(node);
  const span = spanOf(node);
  return text !== undefined && span ? { text, span, exact: false } : undefined;
}
