import rule from '../../../rules/src/rules/k8s/apiserver-audit-log.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n${flags.map((f) => `    - ${f}\n`).join('')}`;

runRuleTests(rule, {
  valid: [
    { name: 'path with CIS retention', code: pod('--audit-log-path=/var/log/audit.log', '--audit-log-maxage=30', '--audit-log-maxbackup=10', '--audit-log-maxsize=100') },
    { name: 'path with retention left at "keep everything"', code: pod('--audit-log-path=/var/log/audit.log', '--audit-log-maxage=0') },
    { name: 'stdout: the runtime rotates', code: pod('--audit-log-path=-', '--audit-log-maxage=1') },
    { name: 'a webhook backend', code: pod('--audit-webhook-config-file=/etc/kubernetes/audit-webhook.yaml') },
  ],
  invalid: [
    {
      name: 'no audit log: path and retention added (unsafe)',
      code: pod('--secure-port=6443', '--audit-log-maxage=30'),
      errors: [{ message: 'writes no audit log', line: 8, column: 5, endLine: 8, endColumn: 12, object: 'Pod/kube-apiserver', severity: 'warning' }],
      output: pod('--secure-port=6443', '--audit-log-maxage=30', '--audit-log-path=/var/log/kubernetes/audit/audit.log', '--audit-log-maxbackup=10', '--audit-log-maxsize=100'),
    },
    {
      name: 'retention too short, kubeadm v1beta3 map',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    audit-log-path: /var/log/audit.log\n    audit-log-maxage: "7"\n    audit-log-maxsize: "50"\n',
      errors: [
        { message: 'only 7 days (--audit-log-maxage)', line: 6, column: 5, endLine: 6, endColumn: 26 },
        { message: 'only 50 MB per file', line: 7, column: 5, endLine: 7, endColumn: 28 },
      ],
      output: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    audit-log-path: /var/log/audit.log\n    audit-log-maxage: "30"\n    audit-log-maxsize: "100"\n',
    },
    {
      name: 'no extraArgs yet in v1beta4: created as a list',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  certSANs: [a]\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 10, object: 'ClusterConfiguration apiServer' }],
      output: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  certSANs: [a]\n  extraArgs: [{name: audit-log-path, value: /var/log/kubernetes/audit/audit.log}, {name: audit-log-maxage, value: "30"}, {name: audit-log-maxbackup, value: "10"}, {name: audit-log-maxsize, value: "100"}]\n',
    },
  ],
});
