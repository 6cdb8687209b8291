import rule from '../../../rules/src/rules/k8s/apiserver-authorization-mode.js';
import { runRuleTests } from '../../rule-tester.js';

// Line 9 is `command:` (columns 5-12); flags start on line 11, column 7.
const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\n  namespace: kube-system\nspec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n${flags.map((f) => `    - ${f}\n`).join('')}`;
const kubeadm = (body: string) => `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [
    { name: 'Node,RBAC', code: pod('--authorization-mode=Node,RBAC') },
    { name: 'Node,RBAC with a webhook after them', code: pod('--authorization-mode=Node,RBAC,Webhook') },
    { name: 'kubeadm generates Node,RBAC', code: kubeadm('clusterName: prod\n') },
    { name: 'the chain comes from --authorization-config', code: pod('--authorization-config=/etc/kubernetes/authz.yaml') },
  ],
  invalid: [
    {
      name: 'AlwaysAllow: replaced by Node,RBAC',
      code: pod('--authorization-mode=AlwaysAllow'),
      errors: [{ message: 'every authenticated request is allowed', line: 11, column: 7, endLine: 11, endColumn: 39, object: 'Pod/kube-apiserver', severity: 'error' }],
      output: pod('--authorization-mode=Node,RBAC'),
    },
    {
      name: 'absent: the default AlwaysAllow, flag added',
      code: pod('--secure-port=6443'),
      errors: [{ message: 'no --authorization-mode (default AlwaysAllow)', line: 9, column: 5, endLine: 9, endColumn: 12 }],
      output: pod('--secure-port=6443', '--authorization-mode=Node,RBAC'),
    },
    {
      name: 'RBAC without Node: Node added before it, other modes kept',
      code: pod('--authorization-mode=RBAC,Webhook'),
      errors: [{ message: 'kubelets are not limited', line: 11, column: 7, endLine: 11, endColumn: 40 }],
      output: pod('--authorization-mode=Node,RBAC,Webhook'),
    },
    {
      name: 'Node without RBAC, kubeadm v1beta3 map',
      code: kubeadm('apiServer:\n  extraArgs:\n    authorization-mode: Node,Webhook\n'),
      errors: [{ message: 'RBAC roles and bindings are not enforced', line: 5, column: 5, endLine: 5, endColumn: 37, object: 'ClusterConfiguration apiServer' }],
      output: kubeadm('apiServer:\n  extraArgs:\n    authorization-mode: Node,RBAC,Webhook\n'),
    },
  ],
});
