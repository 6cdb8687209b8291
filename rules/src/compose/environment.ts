// Normalises `environment:` (and `build.args`, `labels`), which Compose accepts as a list of
// `KEY=value` strings or as a mapping, into one list of entries with their positions.
import type { Document } from 'yaml';
import type { Span } from '../types.js';
import { entries, isMap, isSeq, items, keyName, spanOf, type YNode, type YPair } from '../yaml/nodes.js';
import { scalarText, wholePart, type Part } from './scalar-parts.js';
import { perService, setting, type ComposeService, type ServiceSetting } from './services.js';
import { isShared } from './sharing.js';

export interface KeyValueEntry {
  name: string;
  /** Undefined when only the name is given (`- KEY`, `KEY:`): the value comes from the shell. */
  value: string | undefined;
  /** The list item (a scalar) or the mapping pair. */
  node: YNode | YPair;
  nameSpan: Span;
  valueSpan: Span | undefined;
  form: 'list' | 'map';
  /** True when the entry's text lives in an anchored node shared with other places. */
  shared: boolean;
  /** The Part for value[from, to) (a secret inside the value); undefined when there is no value. */
  valuePart(from: number, to: number): Part | undefined;
}

export function normaliseKeyValues(found: ServiceSetting, doc: Document, source: string): KeyValueEntry[] {
  const node = found.value;
  if (isSeq(node)) return items(node, doc).flatMap((item) => listEntry(item, source, isShared(found.sharing, item, doc)) ?? []);
  // A pair brought in by `<<` lives in the merged mapping, wherever that is.
  if (isMap(node)) return entries(node, doc).flatMap((e) => mapEntry(e.pair, e.value, source, isShared(e.merged ? 'unknown' : found.sharing, e.key, doc)) ?? []);
  return [];
}

function listEntry(item: YNode, source: string, shared: boolean): KeyValueEntry | undefined {
  const s = scalarText(item, source);
  if (!s) return undefined;
  const eq = s.text.indexOf('=');
  const name: Part = s.part(0, eq < 0 ? s.text.length : eq);
  const value: Part | undefined = eq < 0 ? undefined : s.part(eq + 1, s.text.length);
  const valuePart = (from: number, to: number) => (eq < 0 ? undefined : s.part(eq + 1 + from, eq + 1 + to));
  return { name: name.text, value: value?.text, node: item, nameSpan: name.span, valueSpan: value?.span, form: 'list', shared, valuePart };
}

function mapEntry(pair: YPair, value: YNode | null, source: string, shared: boolean): KeyValueEntry | undefined {
  const name = keyName(pair);
  const nameSpan = spanOf(pair.key);
  if (name === undefined || !nameSpan) return undefined;
  const v = wholePart(value);
  // Block scalars (`|`) are not verbatim either: parts of them fall back to the whole value. Asked
  // for only when a secret is found in the value, so the value's source text is read only then.
  const valuePart = (from: number, to: number) => scalarText(value, source)?.part(from, to) ?? v;
  return { name, value: v?.text, node: pair, nameSpan, valueSpan: v?.span, form: 'map', shared, valuePart };
}

// The paths and cache keys are built once: these are asked for by several rules in every service.
const ENVIRONMENT = { path: ['environment'], key: 'key-values:environment' } as const;
const BUILD_ARGS = { path: ['build', 'args'], key: 'key-values:build.args' } as const;

/** The entries of a service's `environment:`. `source` is the file's text. */
export function serviceEnvironment(svc: ComposeService, source: string): KeyValueEntry[] {
  return keyValuesAt(svc, ENVIRONMENT, source);
}

/** The entries of a service's `build.args`. `source` is the file's text. */
export function serviceBuildArgs(svc: ComposeService, source: string): KeyValueEntry[] {
  return keyValuesAt(svc, BUILD_ARGS, source);
}

function keyValuesAt(svc: ComposeService, at: { path: readonly string[]; key: string }, source: string): KeyValueEntry[] {
  return perService(svc, at.key, () => {
    const found = setting(svc, at.path);
    return found ? normaliseKeyValues(found, svc.doc, source) : [];
  });
}
