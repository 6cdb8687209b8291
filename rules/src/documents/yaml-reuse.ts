// What the piecewise YAML parsers (yaml-stream.ts: documents of a stream; yaml-sections.ts: entries
// of one document) share: the options every parse uses, and copies of parsed nodes moved to new
// offsets. A parse the engine returned may still be read (findings, deferred fixes), so a piece
// reused at another offset is copied, never moved in place.
import type { Document } from 'yaml';

/** The options the engine parses YAML with (merge keys as YAML 1.1 and Kubernetes read them). */
export const YAML_OPTIONS = { merge: true, prettyErrors: false } as const;

// The tags `yaml`'s type guards compare. Read directly: a guard call per node per check showed in
// profiles of copying (each goes through the bundle's module getter too).
const NODE_TYPE = Symbol.for('yaml.node.type');
const ALIAS = Symbol.for('yaml.alias');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');

type Tagged = { [NODE_TYPE]?: symbol };
type AnyNode = { range?: number[] | null; items?: unknown[]; key?: unknown; value?: unknown };

/**
 * A copy of a parsed document with every offset moved by `delta`; the original is left untouched.
 * The nodes are copied the first time the copy's `contents` is read: while someone types near the
 * top of a long file, every document below moves on each keystroke, and the engine reads none of
 * them (their findings are reused, and what other documents need of them is kept per text, see
 * yaml-stream.ts `perDocumentText`). A copy of a copy not yet read copies from the first.
 */
export function moveDocument(doc: Document.Parsed, delta: number): Document.Parsed {
  const pending = unread.get(doc);
  const copy = copyObject(doc, 'contents');
  copy.range = [doc.range[0] + delta, doc.range[1] + delta, doc.range[2] + delta];
  if (pending) deferContents(copy, pending.contents, pending.delta + delta);
  else deferContents(copy, doc.contents, delta);
  copy.errors = doc.errors.map((e) => moveError(e, delta));
  copy.warnings = doc.warnings.map((e) => moveError(e, delta));
  return copy;
}

/** Moved documents whose nodes are not copied yet: the contents they copy, and by how much to move them. */
const unread = new WeakMap<Document.Parsed, { contents: unknown; delta: number }>();

/** Gives `copy` a `contents` that is `contents` moved by `delta`, copied when first read. */
function deferContents(copy: Document.Parsed, contents: unknown, delta: number): void {
  const pending = { contents, delta };
  unread.set(copy, pending);
  let value: unknown;
  Object.defineProperty(copy, 'contents', {
    configurable: true,
    enumerable: true,
    get() {
      if (unread.get(copy) === pending) {
        value = moveNode(contents, delta);
        unread.delete(copy);
      }
      return value;
    },
    set(next: unknown) {
      unread.delete(copy);
      value = next;
    },
  });
}

export function moveError<E extends { pos: [number, number] }>(error: E, delta: number): E {
  const copy = copyObject(error);
  copy.pos = [error.pos[0] + delta, error.pos[1] + delta];
  return copy;
}

/**
 * Copies a node and everything under it, moving ranges. Iterative, so nesting as deep as the parser
 * accepted cannot overflow the stack here: a node's children are copied when the node is taken from
 * `pending`, and only those with children of their own (pairs, collections) are queued in turn.
 */
export function moveNode(root: unknown, delta: number): unknown {
  // Flat pairs (original, copy) whose children are still the original's: no tuple per entry.
  const pending: AnyNode[] = [];
  const rootCopy = moveOne(root, delta, pending);
  while (pending.length > 0) {
    const copy = pending.pop()!;
    const node = pending.pop()!;
    if ((node as Tagged)[NODE_TYPE] === PAIR) {
      copy.key = moveOne(node.key, delta, pending);
      copy.value = moveOne(node.value, delta, pending);
    } else {
      const items = node.items!;
      const moved = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) moved[i] = moveOne(items[i], delta, pending);
      copy.items = moved;
    }
  }
  return rootCopy;
}

/** A node's own copy with its range moved (children not yet copied: queued on `pending`); anything else as is. */
function moveOne(node: unknown, delta: number, pending: AnyNode[]): unknown {
  if (node === null || typeof node !== 'object') return node;
  const type = (node as Tagged)[NODE_TYPE];
  if (type !== SCALAR && type !== PAIR && type !== MAP && type !== SEQ && type !== ALIAS) return node;
  const copy = copyObject(node as AnyNode);
  if (copy.range) copy.range = moveRange(copy.range, delta);
  if (type === PAIR || type === MAP || type === SEQ) pending.push(node as AnyNode, copy);
  return copy;
}

function moveRange(range: number[], delta: number): number[] {
  if (range.length === 3) return [range[0] + delta, range[1] + delta, range[2] + delta];
  const moved: number[] = [];
  for (const offset of range) moved.push(offset + delta);
  return moved;
}

/**
 * Per `yaml` class: the object copies of its nodes inherit from, which holds the node-type tag the
 * type guards read (`node[NODE_TYPE]`) and inherits the class's prototype. The library defines the
 * tag on every node as a non-enumerable own property; defining it again on every copy was half the
 * cost of copying, and read through the chain it answers the same. A copy of a copy reuses its holder.
 */
const tagHolders = new Map<object, object>();
const holders = new Set<object>();

function tagHolder(prototype: object, type: symbol): object {
  if (holders.has(prototype)) return prototype;
  let holder = tagHolders.get(prototype);
  if (!holder) {
    holder = Object.create(prototype) as object;
    Object.defineProperty(holder, NODE_TYPE, { value: type });
    tagHolders.set(prototype, holder);
    holders.add(holder);
  }
  return holder;
}

/**
 * Same class and own enumerable properties, plus what `yaml` sets as non-enumerable: the node-type
 * tag (inherited from the class's tag holder, above) and a collection's schema. (`clone()` copies
 * every property descriptor instead, which made copying half as costly as parsing.) `except`: a
 * property not read, left undefined.
 */
export function copyObject<T extends object>(source: T, except?: keyof T): T {
  const prototype = Object.getPrototypeOf(source) as object;
  const type = (source as Tagged)[NODE_TYPE];
  let copy: T;
  if (type === undefined) copy = Object.create(prototype) as T;
  else {
    const holder = tagHolder(prototype, type);
    copy = Object.create(holder) as T;
    // A class whose nodes carry different tags (none in `yaml` today) keeps each its own.
    if ((holder as Tagged)[NODE_TYPE] !== type) Object.defineProperty(copy, NODE_TYPE, { value: type });
  }
  if (Object.prototype.hasOwnProperty.call(source, 'schema') && !Object.prototype.propertyIsEnumerable.call(source, 'schema')) {
    Object.defineProperty(copy, 'schema', { value: (source as { schema: unknown }).schema, configurable: true, enumerable: false, writable: true });
  }
  if (except === undefined) return Object.assign(copy, source);
  // `except` is not read (it can be an accessor: a moved document's deferred contents), but keeps its
  // place among the keys, for the caller to define.
  for (const key of Object.keys(source) as (keyof T)[]) copy[key] = key === except ? (undefined as T[keyof T]) : source[key];
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
