import rule from '../../../rules/src/rules/k8s/control-plane-bind-address.js';
import { runRuleTests } from '../../rule-tester.js';

// Line 8 is `command:` (columns 5-12); flags start on line 10, column 7.
const pod = (bin: string, ...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${bin}\nspec:\n  containers:\n  - name: ${bin}\n    command:\n    - ${bin}\n${flags.map((f) => `    - ${f}\n`).join('')}`;

runRuleTests(rule, {
  valid: [
    { name: 'scheduler on 127.0.0.1', code: pod('kube-scheduler', '--bind-address=127.0.0.1') },
    { name: 'controller manager on ::1', code: pod('kube-controller-manager', '--bind-address=::1') },
    { name: 'kubeadm generates 127.0.0.1', code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n' },
    { name: 'the API server must listen on the network', code: pod('kube-apiserver', '--bind-address=0.0.0.0') },
  ],
  invalid: [
    {
      name: 'scheduler on 0.0.0.0',
      code: pod('kube-scheduler', '--bind-address=0.0.0.0'),
      errors: [{ message: 'kube-scheduler listens on --bind-address=0.0.0.0', line: 10, column: 7, endLine: 10, endColumn: 29, object: 'Pod/kube-scheduler', severity: 'warning' }],
      output: pod('kube-scheduler', '--bind-address=127.0.0.1'),
    },
    {
      name: 'controller manager without the flag',
      code: pod('kube-controller-manager', '--profiling=false'),
      errors: [{ message: 'listens on all interfaces by default', line: 8, column: 5, endLine: 8, endColumn: 12 }],
      output: pod('kube-controller-manager', '--profiling=false', '--bind-address=127.0.0.1'),
    },
    {
      name: 'kubeadm extraArgs overriding the generated value',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncontrollerManager:\n  extraArgs:\n  - name: bind-address\n    value: 0.0.0.0\n',
      errors: [{ line: 5, column: 5, endLine: 6, endColumn: 19, object: 'ClusterConfiguration controllerManager' }],
      output: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\ncontrollerManager:\n  extraArgs:\n  - name: bind-address\n    value: "127.0.0.1"\n',
    },
  ],
});
