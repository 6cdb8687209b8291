// daemon/tcp-without-tls: the Docker API is root on the host. A tcp:// listener without
// `"tlsverify": true` lets whoever reaches it run privileged containers. Severity per finding:
// E when the listener is reachable from other hosts or on 2375 (the port everyone scans for the
// unauthenticated API); W when it listens on loopback only (any local user or process can use it)
// or when tlsverify protects it but it sits on 2375, where clients and firewalls expect plain HTTP.
import { defineRule } from '../../rule.js';
import { property, spanOfJson } from '../../daemon/config.js';
import { isLoopbackHost, tcpListener } from '../../daemon/addresses.js';

const PLAINTEXT_PORT = '2375';

export default defineRule({
  id: 'daemon/tcp-without-tls',
  severity: 'error',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Docker API on TCP without TLS verification',
  references: ['CIS-D 2.7'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    const hosts = property(ctx, 'hosts');
    if (hosts?.valueNode?.type !== 'array') return;
    const verified = property(ctx, 'tlsverify')?.value === true;
    const tlsOnly = property(ctx, 'tls')?.value === true;
    for (const item of hosts.valueNode.children ?? []) {
      if (item.type !== 'string' || typeof item.value !== 'string') continue;
      const listener = tcpListener(item.value);
      if (!listener) continue;
      const plaintextPort = listener.port === PLAINTEXT_PORT;
      const at = spanOfJson(item);
      if (verified) {
        if (!plaintextPort) continue;
        ctx.report({
          at,
          severity: 'warning',
          message: `Docker API listener "${item.value}" uses port 2375, where clients, scanners and firewall rules expect the unauthenticated API; serve the TLS API on 2376.`,
          object: null,
        });
        continue;
      }
      const why = tlsOnly ? '"tls": true without "tlsverify": true encrypts but accepts any client' : '"tlsverify" is not true';
      const local = isLoopbackHost(listener.host) && !plaintextPort;
      ctx.report({
        at,
        severity: local ? 'warning' : 'error',
        message: local
          ? `Docker API listener "${item.value}" has no TLS client verification (${why}): any local user or process can control the daemon, which is root on the host.`
          : `Docker API listener "${item.value}" has no TLS client verification (${why}): anyone who reaches it can control the daemon, which is root on the host.`,
        object: null,
      });
    }
  },
});
