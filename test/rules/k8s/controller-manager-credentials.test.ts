import rule from '../../../rules/src/rules/k8s/controller-manager-credentials.js';
import { runRuleTests } from '../../rule-tester.js';

// Line 8 is `command:` (columns 5-12); flags start on line 10, column 7.
const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-controller-manager\nspec:\n  containers:\n  - name: kube-controller-manager\n    command:\n    - kube-controller-manager\n${flags.map((f) => `    - ${f}\n`).join('')}`;
const KEYS = ['--service-account-private-key-file=/pki/sa.key', '--root-ca-file=/pki/ca.crt'];

runRuleTests(rule, {
  valid: [
    { name: 'all three set', code: pod('--use-service-account-credentials=true', ...KEYS) },
    { name: 'kubeadm generates all three', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\ncontrollerManager: {}\n' },
  ],
  invalid: [
    {
      name: 'shared credentials: the flag is added',
      code: pod(...KEYS),
      errors: [{ message: 'does not set --use-service-account-credentials=true', line: 8, column: 5, endLine: 8, endColumn: 12, object: 'Pod/kube-controller-manager', severity: 'warning' }],
      output: pod(...KEYS, '--use-service-account-credentials=true'),
    },
    {
      name: 'explicit false, no key files',
      code: pod('--use-service-account-credentials=false'),
      errors: [
        { message: '--service-account-private-key-file', line: 8, column: 5, endLine: 8, endColumn: 12 },
        { message: '--root-ca-file', line: 8, column: 5, endLine: 8, endColumn: 12 },
        { message: 'runs with --use-service-account-credentials=false', line: 10, column: 7, endLine: 10, endColumn: 46 },
      ],
      output: pod('--use-service-account-credentials=true'),
    },
  ],
});
