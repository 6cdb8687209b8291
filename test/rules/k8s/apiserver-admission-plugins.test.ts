import rule from '../../../rules/src/rules/k8s/apiserver-admission-plugins.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n${flags.map((f) => `    - ${f}\n`).join('')}`;

runRuleTests(rule, {
  valid: [
    { name: 'NodeRestriction enabled', code: pod('--enable-admission-plugins=NodeRestriction,PodSecurity') },
    { name: 'kubeadm enables NodeRestriction', code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n' },
    { name: 'disabling another plugin', code: pod('--enable-admission-plugins=NodeRestriction', '--disable-admission-plugins=DefaultStorageClass') },
  ],
  invalid: [
    {
      name: 'absent: NodeRestriction added',
      code: pod('--secure-port=6443'),
      errors: [{ message: 'NodeRestriction is not enabled', line: 8, column: 5, endLine: 8, endColumn: 12, object: 'Pod/kube-apiserver', severity: 'warning' }],
      output: pod('--secure-port=6443', '--enable-admission-plugins=NodeRestriction'),
    },
    {
      name: 'AlwaysAdmit removed and NodeRestriction appended in place',
      code: pod('--enable-admission-plugins=AlwaysAdmit,PodSecurity'),
      errors: [{ message: 'NodeRestriction is not enabled, so a kubelet can modify any node and the pods of other nodes; AlwaysAdmit is enabled', line: 10, column: 7, endLine: 10, endColumn: 57 }],
      output: pod('--enable-admission-plugins=PodSecurity,NodeRestriction'),
    },
    {
      name: 'disabled ServiceAccount: the flag keeps the others',
      code: pod('--enable-admission-plugins=NodeRestriction', '--disable-admission-plugins=ServiceAccount,DefaultStorageClass'),
      errors: [{ message: 'disables ServiceAccount: pods are no longer checked', line: 11, column: 7, endLine: 11, endColumn: 69 }],
      output: pod('--enable-admission-plugins=NodeRestriction', '--disable-admission-plugins=DefaultStorageClass'),
    },
    {
      name: 'both must-stay plugins disabled in a v1beta4 list: the item is removed',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n  - name: disable-admission-plugins\n    value: NamespaceLifecycle,ServiceAccount\n  - name: profiling\n    value: "false"\n',
      errors: [{ message: 'disables NamespaceLifecycle and ServiceAccount', line: 5, column: 5, endLine: 6, endColumn: 45, object: 'ClusterConfiguration apiServer' }],
      output: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n  - name: profiling\n    value: "false"\n',
    },
  ],
});
