import rule from '../../../rules/src/rules/k8s/kubelet-client-ca.js';
import { runRuleTests } from '../../rule-tester.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [{ name: 'set', code: kubelet('authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n') }],
  invalid: [
    {
      name: 'absent: on the deepest key',
      code: kubelet('authentication:\n  x509: {}\n'),
      errors: [{ message: 'no authentication.x509.clientCAFile', line: 4, column: 3, endLine: 4, endColumn: 7, object: 'KubeletConfiguration', severity: 'warning' }],
      output: null,
    },
    {
      name: 'empty string',
      code: kubelet('authentication:\n  x509:\n    clientCAFile: ""\n'),
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 21 }],
      output: null,
    },
    {
      name: 'nothing about authentication: on the kind',
      code: kubelet('readOnlyPort: 0\n'),
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 27 }],
      output: null,
    },
  ],
});
