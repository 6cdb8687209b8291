// The "safe" sysctls of the baseline Pod Security Standard. The list only grows, one step per
// Kubernetes version that widened it, so the configured kubernetesVersion decides which apply.
import type { RuleContext } from '../rule.js';
import { pssMinor } from './pss.js';

/** `[first minor version, sysctls added in it]`, oldest first. */
const SAFE_SYSCTLS_BY_VERSION: readonly [number, readonly string[]][] = [
  [0, ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start']],
  [27, ['net.ipv4.ip_local_reserved_ports']],
  [29, ['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']],
  [32, ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']],
  [37, ['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']],
];

/** The safe sysctls of Kubernetes 1.<minor>. */
export function safeSysctlsFor(minor: number): ReadonlySet<string> {
  return new Set(SAFE_SYSCTLS_BY_VERSION.filter(([since]) => minor >= since).flatMap(([, names]) => names));
}

export function safeSysctls(ctx: RuleContext): ReadonlySet<string> {
  return safeSysctlsFor(pssMinor(ctx));
}

/** The first minor version in which a sysctl became safe, or undefined when it never did. */
export function safeSince(name: string): number | undefined {
  return SAFE_SYSCTLS_BY_VERSION.find(([, names]) => names.includes(name))?.[0];
}
