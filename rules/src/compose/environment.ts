// Normalises `environment:` (and `build.args`, `labels`), which Compose accepts as a list of
// `KEY=value` strings or as a mapping, into one list of entries with their positions.
import type { Document } from 'yaml';
import type { Span } from '../types.js';
import { entriesByName, isMap, isSeq, items, keyName, spanOf, type YNode, type YPair } from '../yaml/nodes.js';
import { scalarText, wholePart, type Part } from './scalar-parts.js';
import { modelSlot, perService, setting, type ComposeService, type ServiceSetting } from './services.js';
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
  const out: KeyValueEntry[] = [];
  if (isSeq(node)) {
    for (const item of items(node, doc)) {
      const entry = listEntry(item, source, isShared(found.sharing, item, doc));
      if (entry) out.push(entry);
    }
  } else if (isMap(node)) {
    for (const e of entriesByName(node, doc).values()) {
      // A pair brought in by `<<` lives in the merged mapping, wherever that is.
      const entry = mapEntry(e.pair, e.value, source, isShared(e.merged ? 'unknown' : found.sharing, e.key, doc));
      if (entry) out.push(entry);
    }
  }
  return out;
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

// The paths are built once: these are asked for by several rules in every service.
const ENVIRONMENT = ['environment'];
const BUILD_ARGS = ['build', 'args'];
const ENVIRONMENT_ENTRIES = modelSlot<KeyValueEntry[]>();
const BUILD_ARGS_ENTRIES = modelSlot<KeyValueEntry[]>();

/** The entries of a service's `environment:`. `source` is the file's text. */
export function serviceEnvironment(svc: ComposeService, source: string): KeyValueEntry[] {
  return perService(svc, ENVIRONMENT_ENTRIES, readEnvironment, source);
}

/** The entries of a service's `build.args`. `source` is the file's text. */
export function serviceBuildArgs(svc: ComposeService, source: string): KeyValueEntry[] {
  return perService(svc, BUILD_ARGS_ENTRIES, readBuildArgs, source);
}

const readEnvironment = (svc: ComposeService, source: string) => keyValuesAt(svc, ENVIRONMENT, source);
const readBuildArgs = (svc: ComposeService, source: string) => keyValuesAt(svc, BUILD_ARGS, source);

function keyValuesAt(svc: ComposeService, path: readonly string[], source: string): KeyValueEntry[] {
  const found = setting(svc, path);
  return found ? normaliseKeyValues(found, svc.doc, source) : [];
}
