import rule from '../../../rules/src/rules/k8s/apiserver-encryption-at-rest.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n${flags.map((f) => `    - ${f}\n`).join('')}`;

runRuleTests(rule, {
  valid: [
    { name: 'set', code: pod('--encryption-provider-config=/etc/kubernetes/enc/config.yaml') },
    { name: 'kubeadm map', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    encryption-provider-config: /etc/kubernetes/enc.yaml\n' },
  ],
  invalid: [
    {
      name: 'missing in a static pod',
      code: pod('--secure-port=6443'),
      errors: [{ message: 'does not set --encryption-provider-config', line: 8, column: 5, endLine: 8, endColumn: 12, object: 'Pod/kube-apiserver', severity: 'warning' }],
      output: null,
    },
    {
      name: 'written empty counts as missing (v1beta4)',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n  - name: encryption-provider-config\n    value: ""\n',
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 12 }],
      output: null,
    },
  ],
});
