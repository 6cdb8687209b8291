import rule from '../../../rules/src/rules/k8s/kubelet-kernel-defaults.js';
import { runRuleTests } from '../../rule-tester.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [{ name: 'true', code: kubelet('protectKernelDefaults: true\n') }],
  invalid: [
    {
      name: 'absent: on the kind, added (unsafe)',
      code: kubelet('readOnlyPort: 0\n'),
      errors: [{ message: 'protectKernelDefaults: true', line: 2, column: 7, endLine: 2, endColumn: 27, object: 'KubeletConfiguration', severity: 'info' }],
      output: kubelet('readOnlyPort: 0\nprotectKernelDefaults: true\n'),
    },
    {
      name: 'false',
      code: kubelet('protectKernelDefaults: false\nreadOnlyPort: 0\n'),
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 29 }],
      output: kubelet('protectKernelDefaults: true\nreadOnlyPort: 0\n'),
    },
  ],
});
