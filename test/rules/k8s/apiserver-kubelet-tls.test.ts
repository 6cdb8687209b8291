import rule from '../../../rules/src/rules/k8s/apiserver-kubelet-tls.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n${flags.map((f) => `    - ${f}\n`).join('')}`;
const TLS = ['--kubelet-client-certificate=/pki/kc.crt', '--kubelet-client-key=/pki/kc.key', '--kubelet-certificate-authority=/pki/ca.crt'];

runRuleTests(rule, {
  valid: [
    { name: 'all three set', code: pod(...TLS) },
    { name: 'kubeadm generates the client pair; the CA is set', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    kubelet-certificate-authority: /etc/kubernetes/pki/ca.crt\n' },
  ],
  invalid: [
    {
      name: 'no client certificate',
      code: pod(TLS[1], TLS[2]),
      errors: [{ message: 'does not set --kubelet-client-certificate:', line: 8, column: 5, endLine: 8, endColumn: 12, object: 'Pod/kube-apiserver', severity: 'warning' }],
      output: null,
    },
    {
      name: 'nothing set: two findings on command',
      code: pod('--secure-port=6443'),
      errors: [
        { message: '--kubelet-client-certificate and --kubelet-client-key', line: 8, column: 5, endLine: 8, endColumn: 12 },
        { message: '--kubelet-certificate-authority', line: 8, column: 5, endLine: 8, endColumn: 12 },
      ],
      output: null,
    },
    {
      name: 'kubeadm without the CA: on the kind',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n',
      errors: [{ message: '--kubelet-certificate-authority', line: 2, column: 7, endLine: 2, endColumn: 27, object: 'ClusterConfiguration apiServer' }],
      output: null,
    },
  ],
});
