// The Compose model: the services of every Compose document, and a settings lookup that resolves
// `<<` merge keys and aliases (through yaml/nodes.ts) while remembering where the user can act.
//
// Where findings about inherited settings go: a setting a service gets from an anchor
// (`<<: *defaults`, or `deploy: *limits`) is reported on the service's own line that brings it in
// (the `<<: *defaults` pair, or the `deploy: *limits` pair), not on the anchored node. Each service
// then gets its own finding on its own lines, a `# shipshape-ignore` above that line silences it
// for that service only, and the fix can override the value in that service without changing the
// others that share the anchor.
import type { Document, Scalar } from 'yaml';
import type { RuleContext } from '../rule.js';
import { baseName } from '../documents/detect.js';
import { deref, entries, entriesByName, findPair, isAlias, isMap, isSeq, keyName, resolveAliasesWithText, stringValue, type FoundPair, type YMap, type YNode, type YPair } from '../yaml/nodes.js';
import { rootSharing, sharingBelow, type Sharing } from './sharing.js';

export interface ComposeService {
  name: string;
  /** The service's key under `services:`. */
  keyNode: Scalar;
  /** The `name: {…}` pair under `services:`. */
  pair: YPair;
  /** The service's mapping (aliases resolved). */
  node: YMap;
  doc: Document.Parsed;
  /** `service/<name>`, the finding's object. */
  label: string;
  /** True when the whole service is an alias of an anchored mapping: its text lives elsewhere. */
  shared: boolean;
  /**
   * True when settings missing here may come from elsewhere: an override file
   * (`compose.override.yaml`, merged over the base file) or a service with `extends:`.
   * Rules about a *missing* setting stay quiet for such services.
   */
  partial: boolean;
  /** Whether the service's mapping lives in anchored text that aliases reuse (see sharing.ts). */
  sharing: Sharing;
  /** What `setting` and `perService` keep of the service (see there). */
  readonly cache: ServiceCache;
}

/** Kept on the service itself: rules ask for its settings and models thousands of times per file. */
export interface ServiceCache {
  /**
   * The service's keys, its own and those merged in with `<<`, as findPair would find them: resolved
   * once per service instead of once per lookup, since rules look up some 30 keys in every service.
   */
  readonly keys: Map<string, FoundPair>;
  readonly settings: SettingStep[];
  /** Indexed by ModelSlot (see perService). */
  readonly models: unknown[];
}

export function isOverrideFile(fileName: string): boolean {
  return /\.override\./i.test(baseName(fileName));
}

export function services(ctx: RuleContext): ComposeService[] {
  return ctx.memo('compose/services', () => {
    const out: ComposeService[] = [];
    const override = isOverrideFile(ctx.fileName);
    for (const { doc } of ctx.file.yaml?.filter((d) => d.kind === 'compose') ?? []) {
      // Every service with `<<: *defaults` follows an alias: resolve them all at once, the cheap way.
      resolveAliasesWithText(doc, ctx.text);
      const servicesPair = findPair(doc.contents, 'services', doc);
      if (!servicesPair) continue;
      const servicesSharing = sharingBelow(rootSharing(doc), servicesPair);
      for (const e of entries(servicesPair.value, doc)) {
        if (!isMap(e.value)) continue;
        const name = keyName(e.pair) ?? '';
        const keys = entriesByName(e.value, doc);
        out.push({
          name,
          keyNode: e.key,
          pair: e.pair,
          node: e.value,
          doc,
          label: `service/${name}`,
          shared: e.merged || isAlias(e.pair.value),
          partial: override || keys.has('extends'),
          sharing: sharingBelow(servicesSharing, e),
          cache: { keys, settings: [], models: [] },
        });
      }
    }
    return out;
  });
}

export interface ServiceSetting {
  pair: YPair;
  value: YNode | null;
  /** Where a finding about this setting goes (see the top of this file). */
  at: YPair;
  /** True when the setting is written in this service's own text: editing it changes this service only. */
  own: boolean;
  /** The mapping that holds the pair. */
  parent: YMap;
  /** Whether the value lives in anchored text that aliases reuse (see sharing.ts). */
  sharing: Sharing;
}

/** The `<<` pair of `map` that brings `key` in (the first one, as YAML merge order says). */
function mergePairSupplying(map: YMap, key: string, doc: Document): YPair | undefined {
  for (const pair of map.items) {
    if (keyName(pair) !== '<<') continue;
    const v = deref(pair.value, doc);
    const sources = isSeq(v) ? v.items.map((i) => deref(i, doc)) : [v];
    if (sources.some((s) => findPair(s, key, doc))) return pair;
  }
  return undefined;
}

/** One kind of model derived from a service (see perService), declared once by the module that builds it. */
export type ModelSlot<T> = number & { readonly model?: T };

let slotCount = 0;

export function modelSlot<T>(): ModelSlot<T> {
  return slotCount++ as ModelSlot<T>;
}

/** What a service keeps for a model that is undefined (a setting the service lacks). */
const NO_MODEL = Symbol('no model');

/**
 * A model derived from one service (its lists, ports, mounts), built once and shared by every rule:
 * the services are built once per file (`services()`), so their derived models are too. What it
 * returns is read by many rules, so nobody may change it. `build(svc, arg)` makes it: a function of
 * the module and an argument rather than a closure, which every call would allocate even when the
 * model is kept; `arg` (the file's text, a key) must be the same on every call for that slot.
 */
export function perService<T, A>(svc: ComposeService, slot: ModelSlot<T>, build: (svc: ComposeService, arg: A) => T, arg: A): T {
  const models = svc.cache.models;
  const kept = models[slot];
  if (kept !== undefined) return (kept === NO_MODEL ? undefined : kept) as T;
  const model = build(svc, arg);
  models[slot] = model === undefined ? NO_MODEL : model;
  return model;
}

/** A looked-up key of a service, and the keys looked up below it: a tree, so a path costs no key string. */
export interface SettingStep {
  key: string;
  setting: ServiceSetting | undefined;
  /** Rules ask for few keys at each level: a list searched in order costs less than a Map. */
  below?: SettingStep[];
}

/**
 * Looks up a key (`'privileged'`) or a key path (`['deploy', 'resources', 'limits', 'pids']`) in a
 * service. Rules ask for the same settings again and again, so each step is looked up once per
 * service and kept.
 */
export function setting(svc: ComposeService, path: string | readonly string[]): ServiceSetting | undefined {
  const first = typeof path === 'string' ? path : path[0];
  // Most lookups are of keys the service lacks: its keys answer those, with no step to keep.
  if (first === undefined || !svc.cache.keys.has(first)) return undefined;
  let step = stepOf(svc, svc.cache.settings, undefined, first);
  if (typeof path !== 'string') {
    for (let i = 1; i < path.length && step.setting; i++) step = stepOf(svc, (step.below ??= []), step.setting, path[i]);
  }
  return step.setting;
}

/** The step for `key` in `level`: the service's own keys (no `outer`) or those below the setting `outer`. */
function stepOf(svc: ComposeService, level: SettingStep[], outer: ServiceSetting | undefined, key: string): SettingStep {
  for (let i = 0; i < level.length; i++) if (level[i].key === key) return level[i];
  const step: SettingStep = { key, setting: lookUp(svc, outer, key), below: undefined };
  level.push(step);
  return step;
}

/** The setting `key` in the service itself (no `outer`) or in the value of the setting `outer`. */
function lookUp(svc: ComposeService, outer: ServiceSetting | undefined, key: string): ServiceSetting | undefined {
  let map: unknown = svc.node;
  let own = !svc.shared;
  let at: YPair | undefined = svc.shared ? svc.pair : undefined;
  let sharing = svc.sharing;
  if (outer) {
    // Below a value that is an alias (`deploy: *limits`), everything lives in the anchor.
    const alias = outer.own && isAlias(outer.pair.value);
    map = outer.value;
    own = outer.own && !alias;
    at = alias ? outer.pair : outer.own ? undefined : outer.at;
    sharing = outer.sharing;
  }
  if (!isMap(map)) return undefined;
  const found = outer ? findPair(map, key, svc.doc) : svc.cache.keys.get(key);
  if (!found) return undefined;
  if (own && found.merged) {
    own = false;
    at = mergePairSupplying(map, key, svc.doc) ?? found.pair;
  }
  return { pair: found.pair, value: found.value, at: at ?? found.pair, own, parent: map, sharing: sharingBelow(sharing, found) };
}

/** Words for messages, so a finding on a `<<: *defaults` line says why it is there. */
export function originNote(s: ServiceSetting): string {
  return inheritedNote(!s.own);
}

/** The same words for one entry of a list or mapping (its `shared` flag). */
export function inheritedNote(inherited: boolean): string {
  return inherited ? ' (inherited through a YAML anchor)' : '';
}

/** A key of `deploy.resources.limits` (`pids`, `memory`, `cpus`). */
export function deployLimit(svc: ComposeService, key: string): ServiceSetting | undefined {
  let path = DEPLOY_LIMIT_PATHS.get(key);
  if (!path) DEPLOY_LIMIT_PATHS.set(key, (path = ['deploy', 'resources', 'limits', key]));
  return setting(svc, path);
}

/** The paths deployLimit looks up, each made once. */
const DEPLOY_LIMIT_PATHS = new Map<string, readonly string[]>();

/**
 * Where a finding about a list or mapping setting as a whole goes, and a finding about one of its
 * entries when the entry's text is shared (it lives in an anchor): the service's own line that brings
 * the setting in. A block pair (`environment:` followed by its entries) is narrowed to its key, so
 * the range stays on one line.
 */
export function findingAnchor(s: ServiceSetting): YNode | YPair {
  const v = s.at.value;
  const block = (isMap(v) || isSeq(v)) && !v.flow;
  return block && isScalarKey(s.at.key) ? s.at.key : s.at;
}

function isScalarKey(key: unknown): key is YNode {
  return key !== null && typeof key === 'object' && 'range' in key;
}

/** The service's `network_mode` value (`host`, `bridge`, `none`, `service:db`…), when it is a literal. */
export function networkMode(svc: ComposeService): string | undefined {
  return stringValue(setting(svc, 'network_mode')?.value)?.trim();
}
