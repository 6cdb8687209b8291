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
import { deref, entries, entriesByName, findPair, isAlias, isMap, isSeq, keyName, stringValue, type FoundPair, type YMap, type YNode, type YPair } from '../yaml/nodes.js';
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
}

export function isOverrideFile(fileName: string): boolean {
  return /\.override\./i.test(baseName(fileName));
}

export function services(ctx: RuleContext): ComposeService[] {
  return ctx.memo('compose/services', () => {
    const out: ComposeService[] = [];
    const override = isOverrideFile(ctx.fileName);
    for (const { doc } of ctx.file.yaml?.filter((d) => d.kind === 'compose') ?? []) {
      const servicesPair = findPair(doc.contents, 'services', doc);
      if (!servicesPair) continue;
      const servicesSharing = sharingBelow(rootSharing(doc), servicesPair);
      for (const e of entries(servicesPair.value, doc)) {
        if (!isMap(e.value)) continue;
        const name = keyName(e.pair) ?? '';
        const svc: ComposeService = {
          name,
          keyNode: e.key,
          pair: e.pair,
          node: e.value,
          doc,
          label: `service/${name}`,
          shared: e.merged || isAlias(e.pair.value),
          partial: override,
          sharing: sharingBelow(servicesSharing, e),
        };
        svc.partial ||= serviceKeys(svc).has('extends');
        out.push(svc);
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

const derived = new WeakMap<ComposeService, Map<string, unknown>>();

/**
 * A model derived from one service (its lists, ports, mounts), built once and shared by every rule:
 * the services are built once per file (`services()`), so their derived models are too. What it
 * returns is read by many rules, so nobody may change it.
 */
export function perService<T>(svc: ComposeService, key: string, build: () => T): T {
  let cache = derived.get(svc);
  if (!cache) derived.set(svc, (cache = new Map()));
  let model = cache.get(key) as T | undefined;
  // A model may be undefined itself (a setting the service lacks): only then is `has` asked too.
  if (model === undefined && !cache.has(key)) cache.set(key, (model = build()));
  return model as T;
}

/** A looked-up key of a service, and the keys looked up below it: a tree, so a path costs no key string. */
interface SettingStep {
  setting: ServiceSetting | undefined;
  below?: Map<string, SettingStep>;
}

const settingTrees = new WeakMap<ComposeService, Map<string, SettingStep>>();
/** Most lookups miss (rules ask for settings a service may have): they all share this step. */
const ABSENT: SettingStep = Object.freeze({ setting: undefined });

/**
 * Looks up a key path in a service (`['deploy', 'resources', 'limits', 'pids']`). Rules ask for the
 * same settings again and again, so each step is looked up once per service and kept.
 */
export function setting(svc: ComposeService, path: readonly string[]): ServiceSetting | undefined {
  let level = settingTrees.get(svc);
  if (!level) settingTrees.set(svc, (level = new Map()));
  let found: ServiceSetting | undefined;
  for (let i = 0; i < path.length; i++) {
    let step: SettingStep | undefined = level.get(path[i]);
    if (!step) {
      const s = lookUp(svc, i === 0 ? undefined : found, path[i]);
      level.set(path[i], (step = s ? { setting: s } : ABSENT));
    }
    found = step.setting;
    if (!found || i === path.length - 1) break;
    level = step.below ??= new Map();
  }
  return found;
}

/**
 * The service's keys, its own and those merged in with `<<`, as findPair would find them: resolved
 * once per service instead of once per lookup, since rules look up some 30 keys in every service.
 */
function serviceKeys(svc: ComposeService): Map<string, FoundPair> {
  return perService(svc, 'keys', () => entriesByName(svc.node, svc.doc));
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
  const found = outer ? findPair(map, key, svc.doc) : serviceKeys(svc).get(key);
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
  return setting(svc, ['deploy', 'resources', 'limits', key]);
}

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
  return stringValue(setting(svc, ['network_mode'])?.value)?.trim();
}
