import rule from '../../../rules/src/rules/k8s/apiserver-anonymous-auth.js';
import { runRuleTests } from '../../rule-tester.js';

const staticPod = (container: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\n  namespace: kube-system\nspec:\n  containers:\n${container}`;
const v1beta3 = (apiServer: string) => `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n${apiServer}`;
const v1beta4 = (apiServer: string) => `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n${apiServer}`;

runRuleTests(rule, {
  valid: [
    { name: 'static pod with --anonymous-auth=false', code: staticPod('  - command:\n    - kube-apiserver\n    - --anonymous-auth=false\n    name: kube-apiserver\n') },
    { name: '--flag value form, Go boolean spelling', code: staticPod('  - command: [/usr/local/bin/kube-apiserver]\n    args: [--anonymous-auth, "0"]\n    name: kube-apiserver\n') },
    { name: 'RKE2 style: flags in args', code: staticPod('  - name: kube-apiserver\n    command: ["kube-apiserver"]\n    args:\n    - --anonymous-auth=false\n') },
    { name: 'kubeadm v1beta3 map', code: v1beta3('apiServer:\n  extraArgs:\n    anonymous-auth: "false"\n') },
    { name: 'kubeadm v1beta4 list', code: v1beta4('apiServer:\n  extraArgs:\n  - name: anonymous-auth\n    value: "false"\n') },
    {
      name: 'anonymous access is configured by --authentication-config instead',
      code: staticPod('  - command:\n    - kube-apiserver\n    - --authentication-config=/etc/kubernetes/authn.yaml\n    name: kube-apiserver\n'),
    },
    { name: 'other control-plane components', code: staticPod('  - command: [kube-scheduler, --bind-address=127.0.0.1]\n    name: kube-scheduler\n') },
    { name: 'an ordinary pod', code: staticPod('  - name: web\n    image: nginx:1.27\n') },
  ],
  invalid: [
    {
      name: 'static pod with --anonymous-auth=true: set in place',
      code: staticPod('  - command:\n    - kube-apiserver\n    - --anonymous-auth=true\n    - --secure-port=6443\n    image: registry.k8s.io/kube-apiserver:v1.31.0\n    name: kube-apiserver\n'),
      errors: [{ message: 'runs with --anonymous-auth=true', line: 10, column: 7, endLine: 10, endColumn: 28, object: 'Pod/kube-apiserver', severity: 'error' }],
      output: staticPod('  - command:\n    - kube-apiserver\n    - --anonymous-auth=false\n    - --secure-port=6443\n    image: registry.k8s.io/kube-apiserver:v1.31.0\n    name: kube-apiserver\n'),
    },
    {
      name: 'static pod without the flag: anchored on command, the flag appended',
      code: staticPod('  - command:\n    - kube-apiserver\n    - --secure-port=6443\n    name: kube-apiserver\n'),
      errors: [{ message: 'does not set --anonymous-auth=false, and it defaults to true', line: 8, column: 5, endLine: 8, endColumn: 12 }],
      output: staticPod('  - command:\n    - kube-apiserver\n    - --secure-port=6443\n    - --anonymous-auth=false\n    name: kube-apiserver\n'),
    },
    {
      name: 'RKE2 style: the flag is added to args',
      code: staticPod('  - name: kube-apiserver\n    command: ["kube-apiserver"]\n    args:\n    - --secure-port=6443\n'),
      errors: [{ line: 9, column: 5, endLine: 9, endColumn: 12 }],
      output: staticPod('  - name: kube-apiserver\n    command: ["kube-apiserver"]\n    args:\n    - --secure-port=6443\n    - --anonymous-auth=false\n'),
    },
    {
      name: 'flow-style command',
      code: staticPod('  - {name: kube-apiserver, command: [kube-apiserver, --secure-port=6443]}\n'),
      errors: [{ line: 8, column: 28, endLine: 8, endColumn: 35 }],
      output: staticPod('  - {name: kube-apiserver, command: [kube-apiserver, --secure-port=6443, --anonymous-auth=false]}\n'),
    },
    {
      name: '--flag value form in args',
      code: staticPod('  - name: kube-apiserver\n    command: [kube-apiserver]\n    args:\n    - --anonymous-auth\n    - "true"\n'),
      errors: [{ message: '--anonymous-auth=true', line: 11, column: 7, endLine: 12, endColumn: 13 }],
      output: staticPod('  - name: kube-apiserver\n    command: [kube-apiserver]\n    args:\n    - --anonymous-auth\n    - "false"\n'),
    },
    {
      name: 'a bare --anonymous-auth means true',
      code: staticPod('  - name: kube-apiserver\n    command:\n    - kube-apiserver\n    - --anonymous-auth\n    - --profiling=false\n'),
      errors: [{ line: 11, column: 7, endLine: 11, endColumn: 23 }],
      output: staticPod('  - name: kube-apiserver\n    command:\n    - kube-apiserver\n    - --anonymous-auth=false\n    - --profiling=false\n'),
    },
    {
      name: 'kubeadm v1beta3: a quoted string is added to the extraArgs map',
      code: v1beta3('apiServer:\n  extraArgs:\n    audit-log-path: /var/log/kubernetes/audit.log\n'),
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 12, object: 'ClusterConfiguration apiServer' }],
      output: v1beta3('apiServer:\n  extraArgs:\n    audit-log-path: /var/log/kubernetes/audit.log\n    anonymous-auth: "false"\n'),
    },
    {
      name: 'kubeadm v1beta3: a written true is set in place',
      code: v1beta3('apiServer:\n  extraArgs:\n    anonymous-auth: "true"\n'),
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 27 }],
      output: v1beta3('apiServer:\n  extraArgs:\n    anonymous-auth: "false"\n'),
    },
    {
      name: 'kubeadm v1beta4: a {name, value} item is appended',
      code: v1beta4('apiServer:\n  extraArgs:\n  - name: audit-log-path\n    value: /var/log/kubernetes/audit.log\n'),
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 12 }],
      output: v1beta4('apiServer:\n  extraArgs:\n  - name: audit-log-path\n    value: /var/log/kubernetes/audit.log\n  - name: anonymous-auth\n    value: "false"\n'),
    },
    {
      name: 'kubeadm v1beta4: a written true is set in place',
      code: v1beta4('apiServer:\n  extraArgs:\n  - name: anonymous-auth\n    value: "true"\n'),
      errors: [{ line: 5, column: 5, endLine: 6, endColumn: 18 }],
      output: v1beta4('apiServer:\n  extraArgs:\n  - name: anonymous-auth\n    value: "false"\n'),
    },
    {
      name: 'kubeadm without an apiServer section: anchored on the kind, the section created',
      code: v1beta4('clusterName: prod\n'),
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 27 }],
      output: v1beta4('clusterName: prod\napiServer:\n  extraArgs: [{name: anonymous-auth, value: "false"}]\n'),
    },
  ],
});
