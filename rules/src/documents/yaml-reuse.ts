// What the piecewise YAML parsers (yaml-stream.ts: documents of a stream; yaml-sections.ts: entries
// of one document) share: the options every parse uses, and copies of parsed nodes moved to new
// offsets. A parse the engine returned may still be read (findings, deferred fixes), so a piece
// reused at another offset is copied, never moved in place.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** The options the engine parses YAML with (merge keys as YAML 1.1 and Kubernetes read them). */
export const YAML_OPTIONS = { merge: true, prettyErrors: false } as const;

const NODE_TYPE = Symbol.for('yaml.node.type');

/** A copy of a parsed document with every offset moved by `delta`; the original is left untouched. */
export function moveDocument(doc: Document.Parsed, delta: number): Document.Parsed {
  const copy = copyObject(doc);
  copy.range = [doc.range[0] + delta, doc.range[1] + delta, doc.range[2] + delta];
  copy.contents = moveNode(doc.contents, delta) as typeof doc.contents;
  copy.errors = doc.errors.map((e) => moveError(e, delta));
  copy.warnings = doc.warnings.map((e) => moveError(e, delta));
  return copy;
}

export function moveError<E extends { pos: [number, number] }>(error: E, delta: number): E {
  const copy = copyObject(error);
  copy.pos = [error.pos[0] + delta, error.pos[1] + delta];
  return copy;
}

/**
 * Copies a node and everything under it, moving ranges. Iterative, so nesting as deep as the parser
 * accepted cannot overflow the stack here.
 */
export function moveNode(root: unknown, delta: number): unknown {
  const out = { node: root };
  const stack: [unknown, { node: unknown } | unknown[] | Record<'key' | 'value', unknown>, string | number][] = [[root, out, 'node']];
  while (stack.length > 0) {
    const [node, parent, slot] = stack.pop()!;
    const copy = isPair(node) || isMap(node) || isSeq(node) || isScalar(node) || isAlias(node) ? copyObject(node) : node;
    (parent as Record<string | number, unknown>)[slot] = copy;
    if (copy === node) continue;
    const c = copy as { range?: number[] | null; items?: unknown[]; key?: unknown; value?: unknown };
    if (c.range) c.range = c.range.map((n) => n + delta);
    if (isPair(node)) {
      stack.push([node.key, c as Record<'key' | 'value', unknown>, 'key'], [node.value, c as Record<'key' | 'value', unknown>, 'value']);
    } else if (isMap(node) || isSeq(node)) {
      const items = new Array<unknown>(node.items.length);
      c.items = items;
      node.items.forEach((item, i) => stack.push([item, items, i]));
    }
  }
  return out.node;
}

/**
 * Same prototype and own properties, plus the two `yaml` sets as non-enumerable: the node-type tag
 * its type guards read and a collection's schema. (`clone()` copies every property descriptor
 * instead, which made copying half as costly as parsing.)
 */
export function copyObject<T extends object>(source: T): T {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(source)), source) as T;
  const type = (source as Record<symbol, unknown>)[NODE_TYPE];
  if (type !== undefined) Object.defineProperty(copy, NODE_TYPE, { value: type });
  if (Object.prototype.hasOwnProperty.call(source, 'schema') && !Object.prototype.propertyIsEnumerable.call(source, 'schema')) {
    Object.defineProperty(copy, 'schema', { value: (source as { schema: unknown }).schema, configurable: true, enumerable: false, writable: true });
  }
  return copy;
}

/** Files whose last parse is remembered for the next one. */
const REMEMBERED_FILES = 32;

/**
 * Stores the pieces of the last parse of `fileName`, grouped by `keyOf` (a key can repeat within a
 * file), and forgets the least recently parsed file beyond the bound.
 */
export function rememberPieces<T>(remembered: Map<string, Map<string, T[]>>, fileName: string, pieces: T[], keyOf: (piece: T) => string): void {
  const byKey = new Map<string, T[]>();
  for (const piece of pieces) {
    const list = byKey.get(keyOf(piece));
    if (list) list.push(piece);
    else byKey.set(keyOf(piece), [piece]);
  }
  remembered.delete(fileName);
  remembered.set(fileName, byKey);
  if (remembered.size > REMEMBERED_FILES) remembered.delete(remembered.keys().next().value!);
}
