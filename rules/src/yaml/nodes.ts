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
 * children, keys before values).
 */
function aliasTargets(doc: Document): Map<unknown, YNode | undefined> {
  let found = targetCache.get(doc);
  if (!found) targetCache.set(doc, (found = walkAliases(doc, undefined)));
  return found;
}

/**
 * Resolves the document's aliases ahead of `deref`, reading its source text (what its offsets point
 * into; masked Helm actions included, since masking never adds a `&` or `*`) to skip every entry and
 * collection whose text holds neither: nothing in it is an anchor or an alias. A Compose file with
 * one `<<: *defaults` per service then costs a look at each service's entries instead of a walk of
 * every node.
 */
export function resolveAliasesWithText(doc: Document, text: string): void {
  if (!targetCache.has(doc)) targetCache.set(doc, walkAliases(doc, text));
}

type Ranged = { range?: readonly number[] | null } | null | undefined;

/**
 * The walk behind aliasTargets, in document order. Iterative, so deep nesting cannot overflow the
 * stack. With `text`, it keeps `cursor`, the end of what it has passed (leaves taken and parts
 * skipped): document order is text order, so an entry's anchors and aliases, its own props
 * included, lie between the cursor and the entry's end, and an entry without `&` or `*` there is
 * passed over whole.
 */
function walkAliases(doc: Document, text: string | undefined): Map<unknown, YNode | undefined> {
  const found = new Map<unknown, YNode | undefined>();
  const anchors = new Map<string, YNode>();
  let cursor = 0;
  const marks = text === undefined ? undefined : markFinder(text);
  /**
   * True when nothing from the cursor to the part's end can be an anchor or an alias: the part is
   * passed over. Only a part that starts at or after the cursor, as every part of a parse does.
   */
  const skip = (start: number | undefined, to: number | undefined): boolean => {
    if (marks === undefined || start === undefined || to === undefined || start < cursor || to < start || marks(cursor) < to) return false;
    cursor = to;
    return true;
  };
  // Scalars, aliases and empty values have no children: they are taken on the spot instead of
  // going through the stack, which is most of the walk (a pair's key, and often its value).
  const leaf = (n: unknown): boolean => {
    if (isAlias(n)) {
      found.set(n, anchors.get(n.source));
    } else if (isScalar(n)) {
      if (n.anchor) anchors.set(n.anchor, n);
    } else {
      return n === null || n === undefined;
    }
    const to = rangeOf(n)?.[1];
    if (to !== undefined && to > cursor) cursor = to;
    return true;
  };
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const n = stack.pop();
    // Children pushed last-first, so they are taken in document order (a pair's key before its value).
    // Pairs first: they are most of what the stack holds (a mapping's items).
    if (isPair(n)) {
      if (marks !== undefined && skip(rangeOf(n.key)?.[0], pairEnd(n))) continue;
      if (!leaf(n.key)) stack.push(n.value, n.key);
      else if (!leaf(n.value)) stack.push(n.value);
      continue;
    }
    if (leaf(n)) continue;
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, n as YNode);
    if ((isMap(n) || isSeq(n)) && !(marks !== undefined && skip(n.range?.[0], n.range?.[1]))) {
      const children = n.items;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return found;
}

function rangeOf(node: unknown): readonly number[] | undefined {
  return (node as Ranged)?.range ?? undefined;
}

/** Where a pair's text ends (its value's end, or its key's when the value is empty), when its nodes say. */
function pairEnd(pair: YPair): number | undefined {
  const key = rangeOf(pair.key);
  if (!key) return undefined;
  if (pair.value === null || pair.value === undefined) return key[1];
  const value = rangeOf(pair.value);
  return value && Math.max(key[1], value[1]);
}

/**
 * The offset of the first `&` or `*` at or after `from` (the text's length when there is none), for
 * `from` that never decreases: each character is looked at about once over a whole walk.
 */
function markFinder(text: string): (from: number) => number {
  let amp = -1;
  let star = -1;
  const next = (ch: string, from: number) => {
    const i = text.indexOf(ch, from);
    return i < 0 ? text.length : i;
  };
  return (from) => {
    if (amp < from) amp = next('&', from);
    if (star < from) star = next('*', from);
    return amp < star ? amp : star;
  };
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
export function findPair(map: unknown, key: string, doc?: Document): FoundPair | undefined {
  return findPairFrom(map, key, doc, 0, undefined);
}

/**
 * findPair at merge depth `depth`. `seen`: the mappings this lookup has searched already (made at the
 * first merge): one reached again, through another `<<` of the same anchor or a cycle back to
 * itself, answers as it did, so it is skipped. Without that, every mapping with two such `<<`
 * doubled the work per level (a crafted file hung the lint for seconds).
 */
function findPairFrom(map: unknown, key: string, doc: Document | undefined, depth: number, seen: Set<unknown> | undefined): FoundPair | undefined {
  if (!isMap(map) || depth > MAX_MERGE_DEPTH) return undefined;
  const own = ownPair(map, key);
  if (own === undefined) return undefined;
  if (own !== HAS_MERGES) return { pair: own, key: own.key as Scalar, value: deref(own.value, doc), merged: depth > 0 };
  const searched = seen ?? new Set<unknown>();
  searched.add(map);
  for (const pair of map.items) {
    if (!isMergePair(pair)) continue;
    const v = deref(pair.value, doc);
    const sources = isSeq(v) ? v.items.map((i) => deref(i, doc)) : [v];
    for (const src of sources) {
      if (searched.has(src)) continue;
      const found = findPairFrom(src, key, doc, depth + 1, searched);
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
export function entriesByName(map: unknown, doc?: Document): Map<string, FoundPair> {
  const out = new Map<string, FoundPair>();
  addEntries(out, map, doc, 0, undefined);
  return out;
}

/**
 * Adds the entries of `map` whose names `out` lacks: its own keys, then those of the mappings it
 * merges in with `<<`, in order and recursively (those come from one level deeper, so they are
 * marked `merged`). A mapping already in `seen` (those searched for merges) has added all it can
 * (see findPairFrom).
 */
function addEntries(out: Map<string, FoundPair>, map: unknown, doc: Document | undefined, depth: number, seen: Set<unknown> | undefined): void {
  if (!isMap(map) || depth > MAX_MERGE_DEPTH || seen?.has(map)) return;
  let hasMerges = false;
  for (const pair of map.items) {
    if (isMergePair(pair)) {
      hasMerges = true;
      continue;
    }
    const name = keyName(pair);
    if (name !== undefined && !out.has(name)) out.set(name, { pair, key: pair.key as Scalar, value: deref(pair.value, doc), merged: depth > 0 });
  }
  if (!hasMerges) return;
  // Made at the first merge, like findPairFrom's: the common mapping without `<<` allocates nothing.
  const searched = seen ?? new Set<unknown>();
  searched.add(map);
  for (const pair of map.items) {
    if (!isMergePair(pair)) continue;
    const v = deref(pair.value, doc);
    if (isSeq(v)) for (const item of v.items) addEntries(out, deref(item, doc), doc, depth + 1, searched);
    else addEntries(out, v, doc, depth + 1, searched);
  }
}

/** Items of a sequence, aliases resolved. */
export function items(seq: unknown, doc?: Document): YNode[] {
  if (!isSeq(seq)) return [];
  const out: YNode[] = [];
  for (const item of seq.items) {
    const node = deref(item, doc);
    if (node !== null && node !== undefined) out.push(node);
  }
  return out;
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
