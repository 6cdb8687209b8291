import rule from '../../../rules/src/rules/k8s/control-plane-profiling.js';
import { runRuleTests } from '../../rule-tester.js';

// Line 8 is `command:` (columns 5-12); flags start on line 10, column 7.
const pod = (bin: string, ...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${bin}\nspec:\n  containers:\n  - name: ${bin}\n    command:\n    - ${bin}\n${flags.map((f) => `    - ${f}\n`).join('')}`;

runRuleTests(rule, {
  valid: [
    { name: 'apiserver with --profiling=false', code: pod('kube-apiserver', '--profiling=false') },
    { name: 'scheduler with --profiling=false', code: pod('kube-scheduler', '--profiling=false') },
    { name: 'scheduler configured by --config (enableProfiling lives there)', code: pod('kube-scheduler', '--config=/etc/kubernetes/scheduler.yaml') },
    { name: 'etcd has no --profiling', code: pod('etcd', '--data-dir=/var/lib/etcd') },
  ],
  invalid: [
    {
      name: 'controller manager without the flag',
      code: pod('kube-controller-manager', '--bind-address=127.0.0.1'),
      errors: [{ message: 'kube-controller-manager does not set --profiling=false', line: 8, column: 5, endLine: 8, endColumn: 12, object: 'Pod/kube-controller-manager', severity: 'warning' }],
      output: pod('kube-controller-manager', '--bind-address=127.0.0.1', '--profiling=false'),
    },
    {
      name: 'apiserver with --profiling=true',
      code: pod('kube-apiserver', '--profiling=true'),
      errors: [{ message: 'kube-apiserver runs with --profiling=true', line: 10, column: 7, endLine: 10, endColumn: 23 }],
      output: pod('kube-apiserver', '--profiling=false'),
    },
    {
      name: 'kubeadm: apiserver, controller manager and scheduler',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    profiling: "false"\ncontrollerManager:\n  extraArgs: {}\nscheduler: {}\n',
      errors: [
        { message: 'kube-controller-manager', line: 7, column: 3, endLine: 7, endColumn: 12 },
        { message: 'kube-scheduler', line: 8, column: 1, endLine: 8, endColumn: 10 },
      ],
      output: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    profiling: "false"\ncontrollerManager:\n  extraArgs: {profiling: "false"}\nscheduler: {extraArgs: {profiling: "false"}}\n',
    },
  ],
});
