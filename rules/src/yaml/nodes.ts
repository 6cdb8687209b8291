// Small typed accessors over `yaml` nodes. Rules read documents through these so that
// aliases and `<<` merge keys are resolved the same way everywhere.
import * as yaml from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Span } from '../types.js';

// The bundles load `yaml` as CommonJS, and a bundled call of a named import from it reads the
// function through a property getter each time. These predicates run for every key of every lookup,
// so they are read once here (and re-exported for the rules).
const { isAlias, isMap, isPair, isScalar, isSeq } = yaml;

export type YNode = Node;
export type YPair = Pair<unknown, unknown>;
export type YMap = YAMLMap<unknown, unknown>;
export type YSeq = YAMLSeq<unknown>;

/** A pair found in a map; `merged` when it came in through a `<<` merge key (it lives elsewhere). */
export interface FoundPair {
  pair: YPair;
  key: Scalar;
  value: YNode | null;
  merged: boolean;
}

const MAX_MERGE_DEPTH = 16;

/** Follows an alias to the node it names (bounded, so cyclic aliases cannot hang). */
export function deref(node: unknown, doc: Document | undefined): YNode | null {
  if (!isAlias(node)) return (node as YNode) ?? null;
  let n: unknown = node;
  for (let i = 0; i < 8 && isAlias(n); i++) n = doc ? aliasTargets(doc).get(n) : undefined;
  if (isAlias(n)) return null;
  return (n as YNode) ?? null;
}

const targetCache = new WeakMap<Document, Map<unknown, YNode | undefined>>();

/**
 * Every alias of a document mapped to its anchored node, found in one pass. `Alias.resolve` walks the
 * whole document on every call, which made files with many aliases quadratic. Same rule as the
 * library: the last node with that anchor before the alias in document order (parents before
 * children, keys before values). Iterative, so deep nesting cannot overflow the stack.
 */
function aliasTargets(doc: Document): Map<unknown, YNode | undefined> {
  const cached = targetCache.get(doc);
  if (cached) return cached;
  const found = new Map<unknown, YNode | undefined>();
  const anchors = new Map<string, YNode>();
  // Scalars, aliases and empty values have no children: they are taken on the spot instead of
  // going through the stack, which is most of the walk (a pair's key, and often its value).
  const leaf = (n: unknown): boolean => {
    if (isAlias(n)) {
      found.set(n, anchors.get(n.source));
      return true;
    }
    if (isScalar(n)) {
      if (n.anchor) anchors.set(n.anchor, n);
      return true;
    }
    return n === null || n === undefined;
  };
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const n = stack.pop();
    // Children pushed last-first, so they are taken in document order (a pair's key before its value).
    // Pairs first: they are most of what the stack holds (a mapping's items).
    if (isPair(n)) {
      if (!leaf(n.key)) stack.push(n.value, n.key);
      else if (!leaf(n.value)) stack.push(n.value);
      continue;
    }
    if (leaf(n)) continue;
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, n as YNode);
    if (isMap(n) || isSeq(n)) {
      const children = n.items;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  targetCache.set(doc, found);
  return found;
}

/** The anchor names that some alias of the document refers to (from the same one-pass walk). */
export function aliasedAnchorNames(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const alias of aliasTargets(doc).keys()) names.add((alias as yaml.Alias).source);
  return names;
}

export function keyName(pair: YPair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) {
    if (typeof k.value === 'symbol') return '<<';
    return k.value === null || k.value === undefined ? undefined : String(k.value);
  }
  return undefined;
}

function isMergePair(pair: YPair): boolean {
  return isScalar(pair.key) && (typeof pair.key.value === 'symbol' || pair.key.value === '<<');
}

/**
 * Whether a pair's key is `key` (`same`) or a `<<` merge key (`merge`), decided as `keyName` and
 * `isMergePair` would, but reading the key's value first: most keys are plain strings, so the
 * common mismatch costs a comparison or two.
 */
function matchKey(pair: YPair, key: string): 'same' | 'merge' | undefined {
  const k = pair.key as { value?: unknown } | null;
  const v = k?.value;
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    if (v !== key && v !== '<<') return undefined;
  } else if (typeof v !== 'symbol' && String(v) !== key) {
    return undefined;
  }
  if (!isScalar(k)) return undefined;
  return typeof v === 'symbol' || v === '<<' ? 'merge' : 'same';
}

/** What ownPair answers when the map has no own pair for the key but has `<<` entries to look in. */
const HAS_MERGES = Symbol('has merges');

/** The map's own pair for `key` (merge keys never match), or HAS_MERGES, in one pass over the items. */
function ownPair(map: YMap, key: string): YPair | typeof HAS_MERGES | undefined {
  let merges = false;
  for (const pair of map.items) {
    const match = matchKey(pair, key);
    if (match === 'same') return pair;
    if (match === 'merge') merges = true;
  }
  return merges ? HAS_MERGES : undefined;
}

/** Looks up `key` in a map: own keys first, then maps merged in with `<<` (YAML merge-key rules). */
export function findPair(map: unknown, key: string, doc?: Document, depth = 0): FoundPair | undefined {
  if (!isMap(map) || depth > MAX_MERGE_DEPTH) return undefined;
  const own = ownPair(map, key);
  if (own === undefined) return undefined;
  if (own !== HAS_MERGES) return { pair: own, key: own.key as Scalar, value: deref(own.value, doc), merged: depth > 0 };
  for (const pair of map.items) {
    if (!isMergePair(pair)) continue;
    const v = deref(pair.value, doc);
    const sources = isSeq(v) ? v.items.map((i) => deref(i, doc)) : [v];
    for (const src of sources) {
      const found = findPair(src, key, doc, depth + 1);
      if (found) return { ...found, merged: true };
    }
  }
  return undefined;
}

/** The value node at `key` (aliases resolved), or undefined when absent. */
export function getNode(map: unknown, key: string, doc?: Document): YNode | null | undefined {
  if (!isMap(map)) return undefined;
  // The common case (an own key, or no key and no merges) without building a FoundPair.
  const own = ownPair(map, key);
  if (own === undefined) return undefined;
  if (own !== HAS_MERGES) return deref(own.value, doc);
  return findPair(map, key, doc)?.value;
}

/** Walks a key path of maps; undefined as soon as a step is missing or not a map. */
export function getIn(node: unknown, path: readonly string[], doc?: Document): YNode | null | undefined {
  let cur: unknown = node;
  for (const key of path) {
    if (!isMap(cur)) return undefined;
    cur = getNode(cur, key, doc);
    if (cur === undefined) return undefined;
  }
  return cur as YNode | null;
}

export function asMap(node: unknown): YMap | undefined {
  return isMap(node) ? node : undefined;
}

export function asSeq(node: unknown): YSeq | undefined {
  return isSeq(node) ? node : undefined;
}

/** Every (own and merged) key of a map, each once, own keys winning. */
export function entries(map: unknown, doc?: Document): FoundPair[] {
  return [...entriesByName(map, doc).values()];
}

/** The same entries keyed by name (`keyName`), in the same order, for callers that look keys up. */
export function entriesByName(map: unknown, doc?: Document, depth = 0): Map<string, FoundPair> {
  const out = new Map<string, FoundPair>();
  if (!isMap(map) || depth > MAX_MERGE_DEPTH) return out;
  let hasMerges = false;
  for (const pair of map.items) {
    if (isMergePair(pair)) {
      hasMerges = true;
      continue;
    }
    const name = keyName(pair);
    if (name !== undefined && !out.has(name)) out.set(name, { pair, key: pair.key as Scalar, value: deref(pair.value, doc), merged: depth > 0 });
  }
  if (!hasMerges) return out;
  for (const pair of map.items) {
    if (!isMergePair(pair)) continue;
    const v = deref(pair.value, doc);
    if (isSeq(v)) for (const item of v.items) addMerged(out, deref(item, doc), doc, depth);
    else addMerged(out, v, doc, depth);
  }
  return out;
}

/**
 * Adds the entries of a mapping merged in with `<<` whose names `out` lacks. They come from one
 * level deeper, so they are already marked `merged`.
 */
function addMerged(out: Map<string, FoundPair>, src: unknown, doc: Document | undefined, depth: number): void {
  for (const [name, e] of entriesByName(src, doc, depth + 1)) if (!out.has(name)) out.set(name, e);
}

/** Items of a sequence, aliases resolved. */
export function items(seq: unknown, doc?: Document): YNode[] {
  if (!isSeq(seq)) return [];
  return seq.items.map((i) => deref(i, doc)).filter((n): n is YNode => n !== null && n !== undefined);
}

/** The JavaScript value of a scalar node (undefined for collections and missing nodes). */
export function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** A scalar's value as a string (numbers and booleans stringified), or undefined. */
export function stringValue(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined || typeof v === 'symbol') return undefined;
  return String(v);
}

/** True when the node is a scalar whose value is boolean true, or the string "true" (any case). */
export function isTrue(node: unknown): boolean {
  const v = scalarValue(node);
  return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}

export function isFalse(node: unknown): boolean {
  const v = scalarValue(node);
  return v === false || (typeof v === 'string' && v.toLowerCase() === 'false');
}

/** The source span of a node (value only, not trailing comments) or of a whole pair. */
export function spanOf(node: unknown): Span | undefined {
  if (isPair(node)) {
    const k = spanOf(node.key);
    const v = node.value ? spanOf(node.value) : undefined;
    if (!k) return v;
    return { start: k.start, end: v && v.end > k.end ? v.end : k.end };
  }
  const r = (node as { range?: [number, number, number] | null } | null)?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

export { isAlias, isMap, isPair, isScalar, isSeq };
