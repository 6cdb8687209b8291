// Linux capabilities as Compose writes them: Docker accepts `SYS_ADMIN`, `CAP_SYS_ADMIN` and any
// letter case, so names are compared in one normal form.
import { serviceList, type ListEntry, type ServiceList } from './lists.js';
import { perService, type ComposeService } from './services.js';

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

export function serviceCapabilities(svc: ComposeService, key: 'cap_add' | 'cap_drop'): CapabilityList | undefined {
  return perService(svc, `capabilities:${key}`, () => {
    const list = serviceList(svc, key);
    return list && { ...list, entries: list.entries.map((e) => ({ ...e, name: capabilityName(e.text) })) };
  });
}
