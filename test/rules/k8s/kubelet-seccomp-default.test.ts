import rule from '../../../rules/src/rules/k8s/kubelet-seccomp-default.js';
import { runRuleTests } from '../../rule-tester.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [{ name: 'true', code: kubelet('seccompDefault: true\n') }],
  invalid: [
    {
      name: 'absent: added (unsafe)',
      code: kubelet('readOnlyPort: 0\n'),
      errors: [{ message: 'run Unconfined', line: 2, column: 7, endLine: 2, endColumn: 27, object: 'KubeletConfiguration', severity: 'info' }],
      output: kubelet('readOnlyPort: 0\nseccompDefault: true\n'),
    },
    {
      name: 'false',
      code: kubelet('seccompDefault: false\n'),
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 22 }],
      output: kubelet('seccompDefault: true\n'),
    },
  ],
});
