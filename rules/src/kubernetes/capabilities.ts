// A container's `securityContext.capabilities` lists. Pod Security compares capability names
// exactly as written (`sys_admin` is not `SYS_ADMIN`, and neither is `CAP_SYS_ADMIN`).
import { asMap, asSeq, deref, findPair, stringValue, type FoundPair, type YMap, type YNode, type YSeq } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import type { Container } from './pod-specs.js';
import { containerSetting, type Setting } from './security-context.js';

/**
 * What the baseline profile lets a container add: Docker's default set without NET_RAW
 * (`capabilities_baseline`).
 */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** The only capability the restricted profile lets a container add. */
export const RESTRICTED_ADDABLE_CAPABILITY = 'NET_BIND_SERVICE';

export interface CapabilityEntry {
  /** The capability name, or undefined for an entry that is not a plain string. */
  name: string | undefined;
  /** The sequence item as written (an alias stays an alias), for reporting and removing. */
  node: YNode;
}

export interface Capabilities {
  /** The `capabilities` setting of the container (its value is a mapping, or not). */
  setting: Setting;
  map: YMap | undefined;
  add: FoundPair | undefined;
  drop: FoundPair | undefined;
  addSeq: YSeq | undefined;
  dropSeq: YSeq | undefined;
}

/** The container's own `capabilities` (a container-only field), or undefined when unset. */
export function capabilities(container: Container): Capabilities | undefined {
  const setting = containerSetting(container, 'capabilities');
  if (!setting) return undefined;
  const doc = container.podSpec.doc;
  const map = asMap(setting.node);
  const add = map && findPair(map, 'add', doc);
  const drop = map && findPair(map, 'drop', doc);
  return {
    setting,
    map,
    add: add && !isNullValue(add.value) ? add : undefined,
    drop: drop && !isNullValue(drop.value) ? drop : undefined,
    addSeq: asSeq(add?.value),
    dropSeq: asSeq(drop?.value),
  };
}

/** The entries of a capability list, in file order. */
export function capabilityEntries(seq: YSeq | undefined, container: Container): CapabilityEntry[] {
  if (!seq) return [];
  const doc = container.podSpec.doc;
  return seq.items.filter((item): item is YNode => item !== null && item !== undefined).map((item) => ({ name: stringValue(deref(item, doc)), node: item }));
}

/** True when the `drop` list contains `ALL`, exactly. */
export function dropsAll(caps: Capabilities | undefined, container: Container): boolean {
  return capabilityEntries(caps?.dropSeq, container).some((e) => e.name === 'ALL');
}
