// `security_opt` entries, split the way the Docker daemon does: at the first `=`, or (the older,
// deprecated form) at the first `:` when there is no `=`. So `seccomp:unconfined` and
// `seccomp=unconfined` are the same option, and `seccomp=/path/to:profile.json` keeps its colon.
import { serviceList, type ListEntry, type ServiceList } from './lists.js';
import { modelSlot, perService, type ComposeService } from './services.js';

export interface SecurityOpt extends ListEntry {
  /** `seccomp`, `apparmor`, `label`, `no-new-privileges`, `systempaths`… */
  key: string;
  /** Undefined for a bare option (`no-new-privileges`). */
  value: string | undefined;
}

export interface SecurityOptList extends Omit<ServiceList, 'entries'> {
  entries: SecurityOpt[];
}

export function parseSecurityOpt(text: string): { key: string; value: string | undefined } {
  const sep = text.includes('=') ? '=' : ':';
  const at = text.indexOf(sep);
  return at < 0 ? { key: text.trim(), value: undefined } : { key: text.slice(0, at).trim(), value: text.slice(at + 1).trim() };
}

const SECURITY_OPTS = modelSlot<SecurityOptList | undefined>();

export function serviceSecurityOpts(svc: ComposeService): SecurityOptList | undefined {
  return perService(svc, SECURITY_OPTS, readSecurityOpts, 'security_opt');
}

function readSecurityOpts(svc: ComposeService, key: 'security_opt'): SecurityOptList | undefined {
  const list = serviceList(svc, key);
  if (!list) return undefined;
  const entries = list.entries.map((e): SecurityOpt => {
    const opt = parseSecurityOpt(e.text);
    return { text: e.text, node: e.node, shared: e.shared, key: opt.key, value: opt.value };
  });
  return { setting: list.setting, seq: list.seq, entries };
}

/** Go's strconv.ParseBool, which the daemon uses for `no-new-privileges=<bool>`; undefined when it is not a boolean. */
export function parseGoBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}
