import rule from '../../../rules/src/rules/k8s/etcd-client-tls.js';
import { runRuleTests } from '../../rule-tester.js';

// Line 8 is `command:` (columns 5-12); flags start on line 10, column 7.
const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: etcd\nspec:\n  containers:\n  - name: etcd\n    command:\n    - etcd\n${flags.map((f) => `    - ${f}\n`).join('')}`;
const PAIR = ['--cert-file=/pki/etcd/server.crt', '--key-file=/pki/etcd/server.key'];
const CA = '--trusted-ca-file=/pki/etcd/ca.crt';

runRuleTests(rule, {
  valid: [
    { name: 'client certificates required', code: pod(...PAIR, CA, '--client-cert-auth=true') },
    { name: 'kubeadm local etcd', code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\netcd:\n  local:\n    dataDir: /var/lib/etcd\n' },
    { name: 'peer settings are another rule', code: pod(...PAIR, CA, '--client-cert-auth=true', '--peer-auto-tls=true') },
  ],
  invalid: [
    {
      name: 'client-cert-auth missing, a CA is set: the flag is added',
      code: pod(...PAIR, CA),
      errors: [{ message: 'does not set --client-cert-auth=true', line: 8, column: 5, endLine: 8, endColumn: 12, object: 'Pod/etcd', severity: 'error' }],
      output: pod(...PAIR, CA, '--client-cert-auth=true'),
    },
    {
      name: 'auto-tls with a real key pair: turned off',
      code: pod(...PAIR, CA, '--client-cert-auth=true', '--auto-tls=true'),
      errors: [{ message: 'self-signed certificate', line: 14, column: 7, endLine: 14, endColumn: 22 }],
      output: pod(...PAIR, CA, '--client-cert-auth=true', '--auto-tls=false'),
    },
    {
      name: 'no key pair, no CA: reported without fixes',
      code: pod('--auto-tls=true', '--client-cert-auth=false'),
      errors: [
        { message: 'does not set --cert-file and --key-file', line: 8, column: 5, endLine: 8, endColumn: 12 },
        { message: '--auto-tls=true', line: 10, column: 7, endLine: 10, endColumn: 22 },
        { message: 'runs with --client-cert-auth=false', line: 11, column: 7, endLine: 11, endColumn: 31 },
      ],
      output: null,
    },
  ],
});
