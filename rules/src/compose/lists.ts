// Settings that are lists of strings (`cap_add`, `cap_drop`, `security_opt`, `devices`): each
// entry with its node, and whether its text lives in an anchor that other places reuse.
import { asSeq, isScalar, items, stringValue, type YNode, type YSeq } from '../yaml/nodes.js';
import { modelSlot, perService, setting, type ComposeService, type ServiceSetting } from './services.js';
import { isShared } from './sharing.js';

export interface ListEntry {
  /** The entry's string value, trimmed. */
  text: string;
  node: YNode;
  /** True when the entry's text is inside an anchored node that an alias reuses. */
  shared: boolean;
}

export interface ServiceList {
  setting: ServiceSetting;
  /** The sequence itself (aliases resolved); undefined when the value is not a list. */
  seq: YSeq | undefined;
  /** The scalar entries; a lone string (`cap_add: SYS_ADMIN`, not valid Compose) is read as one entry. */
  entries: ListEntry[];
}

/** The list settings, each with its model's slot. */
const MODEL_SLOTS = {
  cap_add: modelSlot<ServiceList | undefined>(),
  cap_drop: modelSlot<ServiceList | undefined>(),
  security_opt: modelSlot<ServiceList | undefined>(),
  devices: modelSlot<ServiceList | undefined>(),
};

export function serviceList(svc: ComposeService, key: keyof typeof MODEL_SLOTS): ServiceList | undefined {
  return perService(svc, MODEL_SLOTS[key], readList, key);
}

function readList(svc: ComposeService, key: string): ServiceList | undefined {
  const found = setting(svc, key);
  if (!found) return undefined;
  const seq = asSeq(found.value);
  const nodes = seq ? items(seq, svc.doc) : isScalar(found.value) && stringValue(found.value) ? [found.value] : [];
  const entries: ListEntry[] = [];
  for (const node of nodes) {
    const text = stringValue(node);
    if (text !== undefined && isScalar(node)) entries.push({ text: text.trim(), node, shared: isShared(found.sharing, node, svc.doc) || (!seq && !found.own) });
  }
  return { setting: found, seq, entries };
}
