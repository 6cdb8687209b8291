import rule from '../../../rules/src/rules/k8s/unsafe-sysctls.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (names: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    sysctls:\n${names.map((n) => `      - name: ${n}\n        value: "1"\n`).join('')}  containers:\n    - name: app\n`;

runRuleTests(rule, {
  valid: [
    { name: 'the 1.0 safe set', code: pod(['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start']), config: { kubernetesVersion: '1.26' } },
    { name: 'ip_local_reserved_ports from 1.27', code: pod(['net.ipv4.ip_local_reserved_ports']), config: { kubernetesVersion: '1.27' } },
    { name: 'the keepalive and fin_timeout sysctls from 1.29', code: pod(['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes']), config: { kubernetesVersion: '1.29' } },
    { name: 'tcp_rmem and tcp_wmem from 1.32', code: pod(['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']), config: { kubernetesVersion: '1.32' } },
    { name: 'tcp_slow_start_after_idle and tcp_notsent_lowat from 1.37', code: pod(['net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat']), config: { kubernetesVersion: '1.37' } },
    { name: 'no sysctls', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {sysctls: []}\n  containers: [{name: a}]\n' },
  ],
  invalid: [
    {
      name: 'an unsafe sysctl',
      code: pod(['kernel.msgmax', 'net.ipv4.tcp_syncookies']),
      errors: [{ message: 'Pod/web sets the sysctl "kernel.msgmax", which is not in the safe set:', line: 8, column: 9, endLine: 8, endColumn: 28, object: 'Pod/web', severity: 'error' }],
      output: null,
    },
    {
      name: 'a sysctl that only became safe later names the version',
      code: pod(['net.ipv4.ip_local_reserved_ports']),
      config: { kubernetesVersion: '1.26' },
      errors: [{ message: '(it is safe from Kubernetes 1.27; kubernetesVersion is 1.26)', line: 8, column: 9, endLine: 8, endColumn: 47 }],
      output: null,
    },
    {
      name: 'each version boundary: 1.28, 1.31, 1.36',
      code: pod(['net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_notsent_lowat']),
      config: { kubernetesVersion: '1.28' },
      errors: [
        { message: '"net.ipv4.tcp_keepalive_time"', line: 8, column: 9, endLine: 8, endColumn: 42 },
        { message: '"net.ipv4.tcp_rmem"', line: 10, column: 9, endLine: 10, endColumn: 32 },
        { message: '"net.ipv4.tcp_notsent_lowat"', line: 12, column: 9, endLine: 12, endColumn: 41 },
      ],
      output: null,
    },
    {
      name: 'names are exact',
      code: pod(['net.ipv4.TCP_SYNCOOKIES']),
      config: { kubernetesVersion: '1.31' },
      errors: [{ line: 8, column: 9, endLine: 8, endColumn: 38 }],
      output: null,
    },
  ],
});
