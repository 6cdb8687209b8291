import rule from '../../../rules/src/rules/k8s/apiserver-service-account-lookup.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n${flags.map((f) => `    - ${f}\n`).join('')}`;
const KEY = '--service-account-key-file=/etc/kubernetes/pki/sa.pub';

runRuleTests(rule, {
  valid: [
    { name: 'lookup defaults to true, key file set', code: pod(KEY) },
    { name: 'explicit true', code: pod(KEY, '--service-account-lookup=true') },
    { name: 'kubeadm generates the key file', code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n' },
  ],
  invalid: [
    {
      name: 'lookup turned off: set to true',
      code: pod(KEY, '--service-account-lookup=false'),
      errors: [{ message: 'tokens of deleted service accounts keep working', line: 11, column: 7, endLine: 11, endColumn: 37, object: 'Pod/kube-apiserver', severity: 'warning' }],
      output: pod(KEY, '--service-account-lookup=true'),
    },
    {
      name: 'no key file: reported without a fix',
      code: pod('--secure-port=6443'),
      errors: [{ message: 'does not set --service-account-key-file', line: 8, column: 5, endLine: 8, endColumn: 12 }],
      output: null,
    },
  ],
});
