import rule from '../../../rules/src/rules/k8s/etcd-peer-tls.js';
import { runRuleTests } from '../../rule-tester.js';

// Line 8 is `command:` (columns 5-12); flags start on line 10, column 7.
const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: etcd\nspec:\n  containers:\n  - name: etcd\n    command:\n    - etcd\n${flags.map((f) => `    - ${f}\n`).join('')}`;
const PAIR = ['--peer-cert-file=/pki/etcd/peer.crt', '--peer-key-file=/pki/etcd/peer.key'];
const CA = '--peer-trusted-ca-file=/pki/etcd/ca.crt';

runRuleTests(rule, {
  valid: [
    { name: 'peer certificates required', code: pod(...PAIR, CA, '--peer-client-cert-auth=true') },
    { name: 'kubeadm v1beta3 local etcd', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  local:\n    extraArgs:\n      election-timeout: "1000"\n' },
  ],
  invalid: [
    {
      name: 'peer-client-cert-auth false with a CA: set in place',
      code: pod(...PAIR, CA, '--peer-client-cert-auth=false'),
      errors: [{ message: 'runs with --peer-client-cert-auth=false', line: 13, column: 7, endLine: 13, endColumn: 36, object: 'Pod/etcd', severity: 'error' }],
      output: pod(...PAIR, CA, '--peer-client-cert-auth=true'),
    },
    {
      name: 'kubeadm: peer-auto-tls enabled over the generated key pair',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  local:\n    extraArgs:\n      peer-auto-tls: "true"\n',
      errors: [{ message: 'peer members with a self-signed certificate', line: 6, column: 7, endLine: 6, endColumn: 28, object: 'ClusterConfiguration etcd.local' }],
      output: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  local:\n    extraArgs:\n      peer-auto-tls: "false"\n',
    },
    {
      name: 'no peer TLS at all',
      code: pod('--data-dir=/var/lib/etcd'),
      errors: [
        { message: 'does not set --peer-cert-file and --peer-key-file', line: 8, column: 5, endLine: 8, endColumn: 12 },
        { message: 'does not set --peer-client-cert-auth=true', line: 8, column: 5, endLine: 8, endColumn: 12 },
      ],
      output: null,
    },
  ],
});
