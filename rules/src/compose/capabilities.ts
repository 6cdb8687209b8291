// Linux capabilities as Compose writes them: Docker accepts `SYS_ADMIN`, `CAP_SYS_ADMIN` and any
// letter case, so names are compared in one normal form.
import { serviceList, type ListEntry, type ServiceList } from './lists.js';
import { modelSlot, perService, type ComposeService } from './services.js';

/** `cap_sys_admin` → `SYS_ADMIN`; `all` → `ALL`. */
export function capabilityName(text: string): string {
  const upper = text.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

export interface CapabilityEntry extends ListEntry {
  /** The normalised name (`SYS_ADMIN`). */
  name: string;
}

export interface CapabilityList extends Omit<ServiceList, 'entries'> {
  entries: CapabilityEntry[];
}

const MODEL_SLOTS = { cap_add: modelSlot<CapabilityList | undefined>(), cap_drop: modelSlot<CapabilityList | undefined>() };

export function serviceCapabilities(svc: ComposeService, key: 'cap_add' | 'cap_drop'): CapabilityList | undefined {
  return perService(svc, MODEL_SLOTS[key], readCapabilities, key);
}

function readCapabilities(svc: ComposeService, key: 'cap_add' | 'cap_drop'): CapabilityList | undefined {
  const list = serviceList(svc, key);
  if (!list) return undefined;
  const entries = list.entries.map((e): CapabilityEntry => ({ text: e.text, node: e.node, shared: e.shared, name: capabilityName(e.text) }));
  return { setting: list.setting, seq: list.seq, entries };
}
