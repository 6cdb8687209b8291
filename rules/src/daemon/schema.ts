// The JSON types dockerd expects for the daemon.json keys Shipshape knows. dockerd refuses to
// start when a key has another type, so daemon/syntax reports it. Keys not listed are not judged.
import type { Node as JsonNode } from 'jsonc-parser';

export type DaemonValueType = 'boolean' | 'string' | 'number' | 'string[]' | 'object';

const TYPES: Record<DaemonValueType, readonly string[]> = {
  boolean: [
    'icc', 'live-restore', 'userland-proxy', 'no-new-privileges', 'experimental', 'debug', 'iptables',
    'ip6tables', 'ip-forward', 'ip-masq', 'ipv6', 'selinux-enabled', 'tls', 'tlsverify', 'init', 'raw-logs',
    'disable-legacy-registry',
  ],
  string: [
    'log-level', 'log-driver', 'userns-remap', 'seccomp-profile', 'data-root', 'exec-root', 'pidfile',
    'storage-driver', 'tlscacert', 'tlscert', 'tlskey', 'bip', 'bridge', 'fixed-cidr', 'fixed-cidr-v6',
    'default-gateway', 'default-gateway-v6', 'cgroup-parent', 'default-runtime', 'group', 'ip', 'init-path',
    'containerd', 'default-shm-size', 'userland-proxy-path',
  ],
  number: ['mtu', 'max-concurrent-downloads', 'max-concurrent-uploads', 'max-download-attempts', 'shutdown-timeout'],
  'string[]': [
    'insecure-registries', 'hosts', 'registry-mirrors', 'dns', 'dns-opts', 'dns-search', 'exec-opts',
    'storage-opts', 'labels', 'authorization-plugins', 'allow-nondistributable-artifacts',
  ],
  object: ['log-opts', 'default-ulimits', 'runtimes', 'features', 'builder', 'metrics-addr-opts'],
};

const BY_KEY = new Map<string, DaemonValueType>(
  (Object.entries(TYPES) as [DaemonValueType, readonly string[]][]).flatMap(([type, keys]) => keys.map((k) => [k, type] as const)),
);

export function expectedType(key: string): DaemonValueType | undefined {
  return BY_KEY.get(key);
}

export function describeType(type: DaemonValueType): string {
  switch (type) {
    case 'boolean':
      return 'a boolean (true or false)';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'string[]':
      return 'an array of strings';
    case 'object':
      return 'an object';
  }
}

/** True when the value node has the expected type. */
export function hasType(node: JsonNode, type: DaemonValueType): boolean {
  if (type === 'string[]') return node.type === 'array' && (node.children ?? []).every((c) => c.type === 'string');
  return node.type === type;
}

/** A value's JSON type in words, for messages (`an array of strings` says which element is wrong). */
export function describeNode(node: JsonNode): string {
  if (node.type === 'array') return (node.children ?? []).some((c) => c.type !== 'string') ? 'an array with non-string items' : 'an array';
  if (node.type === 'null') return 'null';
  return node.type === 'object' ? 'an object' : `a ${node.type}`;
}
