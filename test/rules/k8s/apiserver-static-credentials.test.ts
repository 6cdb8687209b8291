import rule from '../../../rules/src/rules/k8s/apiserver-static-credentials.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n${flags.map((f) => `    - ${f}\n`).join('')}`;

runRuleTests(rule, {
  valid: [
    { name: 'no static credential files', code: pod('--client-ca-file=/etc/kubernetes/pki/ca.crt') },
    { name: '--basic-auth-file no longer exists from 1.19', code: pod('--basic-auth-file=/etc/users.csv') },
  ],
  invalid: [
    {
      name: '--token-auth-file',
      code: pod('--token-auth-file=/etc/kubernetes/tokens.csv'),
      errors: [{ message: '--token-auth-file', line: 10, column: 7, endLine: 10, endColumn: 51, object: 'Pod/kube-apiserver', severity: 'error' }],
      output: null,
    },
    {
      name: '--basic-auth-file on an old version, kubeadm v1beta3',
      code: 'apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\nkubernetesVersion: v1.18.0\napiServer:\n  extraArgs:\n    basic-auth-file: /etc/users.csv\n    token-auth-file: /etc/tokens.csv\n',
      errors: [
        { message: '--basic-auth-file', line: 6, column: 5, endLine: 6, endColumn: 36 },
        { message: '--token-auth-file', line: 7, column: 5, endLine: 7, endColumn: 37 },
      ],
      output: null,
    },
  ],
});
