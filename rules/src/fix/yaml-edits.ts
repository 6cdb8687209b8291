// Text edits for YAML fixes, computed from parser ranges so comments, quoting,
// indentation and key order survive. Every helper returns null when it cannot edit safely
// (a node shared through an anchor, a value of an unexpected shape): the rule then offers no fix.
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { ParsedFile } from '../documents/parse.js';
import { indentOf } from '../text.js';
import type { Edit } from '../types.js';
import { aliasedAnchorNames, findPair, type YMap, type YPair, type YSeq } from '../yaml/nodes.js';

/** Raw YAML text inserted as is (e.g. `["ALL"]`). */
export class RawYaml {
  constructor(readonly text: string) {}
}
export const raw = (text: string) => new RawYaml(text);

export type YamlValue = string | number | boolean | null | RawYaml | YamlValue[] | { [key: string]: YamlValue };

// Strings that a YAML 1.1 or 1.2 reader (Kubernetes uses 1.1 booleans) would not read back as the same plain string.
const PLAIN_UNSAFE = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?:\s|$)|.*(?:: |\s#)|.*[:\s]$|\s)|^(?:true|false|yes|no|on|off|null|~|y|n)$|^[-+.]?\d|^\.(?:inf|nan)$/i;

export function renderScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  if (value === '' || PLAIN_UNSAFE.test(value)) return JSON.stringify(value);
  return value;
}

function renderFlow(value: YamlValue): string {
  if (value instanceof RawYaml) return value.text;
  if (Array.isArray(value)) return `[${value.map(renderFlow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${renderScalar(k)}: ${renderFlow(v)}`).join(', ')}}`;
  }
  return renderScalar(value);
}

/** `key: value` lines for a block mapping, each prefixed with `indent`. Arrays render in flow style. */
function renderBlockEntries(entries: Record<string, YamlValue>, indent: string, unit: string): string[] {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(entries)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RawYaml)) {
      lines.push(`${indent}${renderScalar(k)}:`);
      lines.push(...renderBlockEntries(v, indent + unit, unit));
    } else {
      lines.push(`${indent}${renderScalar(k)}: ${renderFlow(v)}`);
    }
  }
  return lines;
}

const indentUnits = new WeakMap<ParsedFile, Map<number, string>>();

/**
 * The indentation step of the YAML document around `offset` (the smallest indentation of an
 * indented line), default 2. Per document, because a multi-document file can mix styles, and
 * because a fix must not change when another document is edited (lint.ts reuses the findings
 * of untouched documents).
 */
export function indentUnit(file: ParsedFile, offset: number): string {
  let units = indentUnits.get(file);
  if (!units) indentUnits.set(file, (units = new Map()));
  const doc = file.yaml?.find((d) => d.doc.range[0] <= offset && offset <= d.doc.range[2]);
  const firstLine = doc ? file.lines.positionAt(doc.doc.range[0]).line : 0;
  let unit = units.get(firstLine);
  if (unit === undefined) {
    const lastLine = doc ? file.lines.positionAt(doc.doc.range[2]).line : file.lines.lineCount - 1;
    units.set(firstLine, (unit = measureIndentUnit(file, firstLine, lastLine)));
  }
  return unit;
}

function measureIndentUnit(file: ParsedFile, firstLine: number, lastLine: number): string {
  let min = Infinity;
  const limit = Math.min(lastLine + 1, file.lines.lineCount, firstLine + 400);
  for (let i = firstLine; i < limit; i++) {
    const line = file.lines.lineText(i);
    const n = indentOf(line).length;
    if (n > 0 && n < min && !/^\s*(#|$)/.test(line)) min = n;
  }
  return ' '.repeat(Number.isFinite(min) && min <= 8 ? min : 2);
}

function column(file: ParsedFile, offset: number): number {
  const { line, character } = file.lines.positionAt(offset);
  if (line !== 0 || character === 0 || file.text.charCodeAt(0) !== 0xfeff) return character;
  // After a byte-order mark, `yaml` counts neither the mark nor the blanks after it as the first
  // line's indentation: a key there lines up with keys at column 0 below.
  const blanks = /^[ \t]*/.exec(file.text.slice(1, offset))![0].length;
  return character - 1 - blanks;
}

/**
 * Where a block mapping's key starts with the anchor or tag written before it (`&a key:`, `- !t key:`):
 * those belong to the key, and the mapping's other keys line up with them, not with the key's text.
 */
function keyStart(file: ParsedFile, keyTextStart: number): number {
  const { line } = file.lines.positionAt(keyTextStart);
  const before = file.text.slice(file.lines.lineStarts[line], keyTextStart);
  const properties = /(?:^|[ \t])((?:[&!][^ \t]*[ \t]+)+)$/.exec(before);
  return properties ? keyTextStart - properties[1].length : keyTextStart;
}

/** Offset of the end of the last line a node's value occupies (before its line break). */
function lastLineEnd(file: ParsedFile, valueEnd: number, value?: unknown): number {
  const { lines } = file;
  let line = lines.positionAt(valueEnd).line;
  // A value can end at the start, or in the indentation, of a later line (a block scalar, an empty
  // item or value with a comment after it, then blank lines): that line is not the value's, nor are
  // the blank lines before it, unless a block scalar keeps them (`|+`).
  if (line > 0 && file.text.slice(lines.lineStarts[line], valueEnd).trim() === '') {
    line--;
    if (!endsWithKeptLines(file, value)) while (line > 0 && lines.lineText(line).trim() === '') line--;
  }
  return lines.lineEnd(line);
}

/** Whether the last scalar of `node` (its last entry's, its last item's…) is a block scalar that keeps its trailing blank lines. */
function endsWithKeptLines(file: ParsedFile, node: unknown): boolean {
  let n = node;
  for (let depth = 0; depth < 1000; depth++) {
    if (isMap(n) || isSeq(n)) {
      const last: unknown = n.items[n.items.length - 1];
      if (last === undefined || last === null) return false;
      n = isPair(last) ? (last.value ?? last.key) : last;
    } else break;
  }
  if (!isScalar(n) || !n.range || (n.type !== 'BLOCK_LITERAL' && n.type !== 'BLOCK_FOLDED')) return false;
  return /^[|>][1-9]?\+/.test(file.text.slice(n.range[0], n.range[0] + 3));
}

function nodeStart(n: unknown): number | undefined {
  return (n as { range?: number[] | null } | null)?.range?.[0];
}
function nodeEnd(n: unknown): number | undefined {
  return (n as { range?: number[] | null } | null)?.range?.[1];
}

function pairEnd(pair: YPair): number {
  return nodeEnd(pair.value) ?? nodeEnd(pair.key) ?? 0;
}

const sharedCache = new WeakMap<Document, Set<unknown>>();

/** Nodes inside an anchored subtree that some alias refers to: editing them would change every alias. */
export function sharedNodes(doc: Document): Set<unknown> {
  let set = sharedCache.get(doc);
  if (set) return set;
  set = new Set();
  const aliased = aliasedAnchorNames(doc);
  if (aliased.size > 0) {
    const s = set;
    visit(doc, {
      Node(_k, node) {
        if ((node as { anchor?: string }).anchor && aliased.has((node as { anchor: string }).anchor)) {
          // A subtree already marked (under an outer anchor) is not walked again: nested anchors stay linear.
          visit(node as Node, { Node(_k2, inner) { if (s.has(inner)) return visit.SKIP; s.add(inner); } });
          s.add(node);
        }
      },
    });
  }
  sharedCache.set(doc, set);
  return set;
}

function editable(doc: Document | undefined, node: unknown): boolean {
  return !doc || !sharedNodes(doc).has(node);
}

/** Replaces a scalar, keeping its quote style when the new value is a string. */
export function setScalar(node: unknown, value: string | number | boolean, doc?: Document): Edit | null {
  if (!isScalar(node) || !node.range || !editable(doc, node)) return null;
  let text = renderScalar(value);
  if (typeof value === 'string') {
    if (node.type === 'QUOTE_DOUBLE') text = JSON.stringify(value);
    else if (node.type === 'QUOTE_SINGLE') text = `'${value.replace(/'/g, "''")}'`;
  }
  return { start: node.range[0], end: node.range[1], text };
}

/** Adds entries to a mapping, after its last entry, in the mapping's own style. */
export function insertEntries(file: ParsedFile, map: YMap, entries: Record<string, YamlValue>, doc?: Document): Edit | null {
  if (!map.range || !editable(doc, map)) return null;
  if (map.flow) {
    const close = file.text.lastIndexOf('}', map.range[1] - 1);
    if (close < map.range[0]) return null;
    const body = Object.entries(entries).map(([k, v]) => `${renderScalar(k)}: ${renderFlow(v)}`).join(', ');
    if (map.items.length === 0) return { start: map.range[0] + 1, end: close, text: body };
    const lastEnd = pairEnd(map.items[map.items.length - 1]);
    return { start: lastEnd, end: lastEnd, text: `, ${body}` };
  }
  // A collection used as a key (`? …`) has no reliable end line to insert after, in the map or in
  // the value of its last entry (which the insertion follows); such maps are not Kubernetes or
  // Compose objects anyway.
  if (map.items.some((p) => !isScalar(p.key)) || hasCollectionKey(map.items[map.items.length - 1]?.value)) return null;
  const first = map.items[0];
  const last = map.items[map.items.length - 1];
  const firstStart = nodeStart(first?.key);
  if (firstStart === undefined || !last) return null;
  const indent = ' '.repeat(column(file, keyStart(file, firstStart)));
  const at = lastLineEnd(file, pairEnd(last), last.value);
  const eol = file.lines.eol;
  const lines = renderBlockEntries(entries, indent, indentUnit(file, at));
  return { start: at, end: at, text: eol + lines.join(eol) };
}

/** Whether a map at or below `node` has a collection as a key. Iterative: nesting is as deep as the parser allowed. */
function hasCollectionKey(node: unknown): boolean {
  const pending: unknown[] = [node];
  while (pending.length > 0) {
    const n = pending.pop();
    if (isMap(n)) {
      for (const pair of n.items) {
        if (pair.key !== null && !isScalar(pair.key)) return true;
        pending.push(pair.value);
      }
    } else if (isSeq(n)) {
      for (const item of n.items) pending.push(item);
    }
  }
  return false;
}

/**
 * Sets `path` under `map` to `value`, creating missing mappings on the way
 * (e.g. `securityContext.allowPrivilegeEscalation` on a container without a securityContext).
 */
export function setIn(file: ParsedFile, map: YMap, path: readonly string[], value: YamlValue, doc?: Document): Edit | null {
  let cur: YMap = map;
  for (let i = 0; i < path.length; i++) {
    if (!editable(doc, cur)) return null;
    const key = path[i];
    const found = findPair(cur, key, doc);
    const rest = nest(path.slice(i + 1), value);
    if (!found) return insertEntries(file, cur, { [key]: rest }, doc);
    if (found.merged || isAlias(found.pair.value)) return null;
    const v = found.pair.value;
    if (i === path.length - 1) {
      if (isScalar(v) && v.range && v.range[1] > v.range[0] && !(typeof value === 'object' && value !== null && !(value instanceof RawYaml))) {
        return editable(doc, v) ? { start: v.range[0], end: v.range[1], text: value instanceof RawYaml ? value.text : renderFlow(value) } : null;
      }
      return replaceEmptyValue(file, found.pair, value, doc);
    }
    if (isMap(v)) {
      cur = v;
      continue;
    }
    return isCollection(v) ? null : replaceEmptyValue(file, found.pair, rest, doc);
  }
  return null;
}

function nest(path: readonly string[], value: YamlValue): YamlValue {
  return path.reduceRight<YamlValue>((acc, key) => ({ [key]: acc }), value);
}

/** `key:` with no (or a null) value gets `value`, written on the key's line or below it. */
function replaceEmptyValue(file: ParsedFile, pair: YPair, value: YamlValue, doc?: Document): Edit | null {
  const v = pair.value;
  if (v !== null && !(isScalar(v) && (v.value === null || v.value === undefined))) return null;
  if (!editable(doc, v)) return null;
  const keyStart = nodeStart(pair.key);
  const keyEnd = nodeEnd(pair.key);
  if (keyStart === undefined || keyEnd === undefined) return null;
  // The key's own `:`, with nothing but blanks before it; a flow mapping's key can have none
  // (`{cpu, memory: 1}`): the value then goes right after the key. (Searching on for a `:` found the
  // next key's.)
  const separator = /^[ \t]*(:|[,}])/.exec(file.text.slice(keyEnd, keyEnd + 200));
  if (!separator) return null;
  if (separator[1] !== ':') {
    const flowValue = value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof RawYaml;
    return flowValue ? { start: keyEnd, end: keyEnd, text: `: ${value instanceof RawYaml ? value.text : renderFlow(value)}` } : null;
  }
  const colon = keyEnd + separator[0].length - 1;
  const start = colon + 1;
  let end = isScalar(v) && v.range ? Math.max(start, v.range[1]) : start;
  // An empty value's range can take in the blanks before a comment (`key: # note`): they stay, so
  // the comment stays one.
  while (end > start && (file.text[end - 1] === ' ' || file.text[end - 1] === '\t')) end--;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RawYaml)) {
    const unit = indentUnit(file, keyStart);
    const indent = ' '.repeat(column(file, keyStart)) + unit;
    const eol = file.lines.eol;
    return { start, end, text: eol + renderBlockEntries(value, indent, unit).join(eol) };
  }
  return { start, end, text: ' ' + renderFlow(value) };
}

/** Removes one entry of a mapping, with the comment lines directly above it. */
export function removeEntry(file: ParsedFile, map: YMap, pair: YPair, doc?: Document): Edit | null {
  if (!editable(doc, map)) return null;
  const index = map.items.indexOf(pair);
  const start = nodeStart(pair.key);
  if (index < 0 || start === undefined) return null;
  const end = pairEnd(pair);
  if (map.flow) return removeFlowItem(file, start, end, index, map.items.length, map.items.map((p) => nodeStart(p.key) ?? 0));
  const lineNo = file.lines.positionAt(start).line;
  const lineStart = file.lines.lineStarts[lineNo];
  const before = file.text.slice(lineStart, start);
  if (before.trim() !== '') {
    // First key of a sequence item (`- key: v`): pull the next key up onto the dash line.
    if (map.items.length === 1) return { start, end, text: '{}' };
    const nextStart = nodeStart(map.items[index + 1]?.key);
    return nextStart === undefined ? null : { start, end: nextStart, text: '' };
  }
  return { start: commentBlockStart(file, lineNo, before), end: nextLineStart(file, lastLineEnd(file, end, pair.value)), text: '' };
}

/** Removes one item of a sequence (block or flow). */
export function removeItem(file: ParsedFile, seq: YSeq, item: unknown, doc?: Document): Edit | null {
  if (!editable(doc, seq)) return null;
  const index = seq.items.indexOf(item);
  const start = nodeStart(item);
  const end = nodeEnd(item);
  if (index < 0 || start === undefined || end === undefined) return null;
  if (seq.flow) return removeFlowItem(file, start, end, index, seq.items.length, seq.items.map((i) => nodeStart(i) ?? 0));
  const lineNo = file.lines.positionAt(start).line;
  const lineStart = file.lines.lineStarts[lineNo];
  const before = file.text.slice(lineStart, start);
  if (!/^\s*-\s*$/.test(before)) return null;
  if (seq.items.length === 1) {
    // An empty block sequence is not expressible; leave an empty flow sequence in its place.
    const dash = lineStart + before.indexOf('-');
    const prev = lineNo > 0 ? file.lines.lineEnd(lineNo - 1) : dash;
    const ownerLine = lineNo > 0 ? file.lines.lineText(lineNo - 1) : '';
    if (/:\s*$/.test(ownerLine)) return { start: prev, end: lastLineEnd(file, end, item), text: ' []' };
    return null;
  }
  return { start: commentBlockStart(file, lineNo, before), end: nextLineStart(file, lastLineEnd(file, end, item)), text: '' };
}

/** Appends an item to a sequence in its own style. */
export function appendItem(file: ParsedFile, seq: YSeq, value: YamlValue, doc?: Document): Edit | null {
  if (!seq.range || !editable(doc, seq)) return null;
  if (seq.flow) {
    const close = file.text.lastIndexOf(']', seq.range[1] - 1);
    if (close < seq.range[0]) return null;
    if (seq.items.length === 0) return { start: close, end: close, text: renderFlow(value) };
    const lastEnd = nodeEnd(seq.items[seq.items.length - 1]);
    return lastEnd === undefined ? null : { start: lastEnd, end: lastEnd, text: `, ${renderFlow(value)}` };
  }
  const last = seq.items[seq.items.length - 1];
  const lastStart = nodeStart(last);
  const lastEnd = nodeEnd(last);
  if (lastStart === undefined || lastEnd === undefined) return null;
  const line = file.lines.positionAt(lastStart).line;
  const prefix = file.text.slice(file.lines.lineStarts[line], lastStart);
  // The item's own `-`: between it and the item only blanks and the item's anchor or tag (an anchor
  // can hold a `-`: `- &a-b`, and an empty item starts after it).
  const indicator = /(^|[ \t])-((?:[ \t]+[&!][^ \t]*)*)[ \t]*$/.exec(prefix);
  if (!indicator) return null;
  const dash = indicator.index + indicator[1].length;
  const at = lastLineEnd(file, lastEnd, last);
  return { start: at, end: at, text: `${file.lines.eol}${' '.repeat(dash)}- ${renderFlow(value)}` };
}

function removeFlowItem(file: ParsedFile, start: number, end: number, index: number, count: number, starts: number[]): Edit {
  if (count === 1) return { start, end, text: '' };
  if (index < count - 1) return { start, end: starts[index + 1], text: '' };
  // Last item: take the comma before it.
  const comma = file.text.lastIndexOf(',', start);
  return { start: comma >= 0 ? comma : start, end, text: '' };
}

function nextLineStart(file: ParsedFile, lineEndOffset: number): number {
  const { line } = file.lines.positionAt(lineEndOffset);
  return line + 1 < file.lines.lineCount ? file.lines.lineStarts[line + 1] : file.text.length;
}

/** The start of the run of comment lines, at the same indentation, directly above `lineNo`. */
function commentBlockStart(file: ParsedFile, lineNo: number, indent: string): number {
  let l = lineNo;
  const col = indent.replace(/-/g, ' ').length;
  while (l > 0) {
    const prev = file.lines.lineText(l - 1);
    if (!/^\s*#/.test(prev) || indentOf(prev).length !== col) break;
    l--;
  }
  return file.lines.lineStarts[l];
}

export { isCollection, isSeq };
