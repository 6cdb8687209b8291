import rule from '../../../rules/src/rules/k8s/kubelet-certificate-rotation.js';
import { runRuleTests } from '../../rule-tester.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [
    { name: 'both default to true', code: kubelet('readOnlyPort: 0\n') },
    { name: 'explicitly true', code: kubelet('rotateCertificates: true\nfeatureGates:\n  RotateKubeletServerCertificate: true\n') },
  ],
  invalid: [
    {
      name: 'client certificate rotation off',
      code: kubelet('rotateCertificates: false\n'),
      errors: [{ message: 'does not rotate its client certificate', line: 3, column: 1, endLine: 3, endColumn: 26, object: 'KubeletConfiguration', severity: 'warning' }],
      output: kubelet('rotateCertificates: true\n'),
    },
    {
      name: 'server certificate feature gate off',
      code: kubelet('featureGates:\n  RotateKubeletServerCertificate: false\n'),
      errors: [{ message: 'serving certificate', line: 4, column: 3, endLine: 4, endColumn: 40 }],
      output: kubelet('featureGates:\n  RotateKubeletServerCertificate: true\n'),
    },
  ],
});
