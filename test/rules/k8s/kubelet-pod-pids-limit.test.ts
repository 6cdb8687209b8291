import rule from '../../../rules/src/rules/k8s/kubelet-pod-pids-limit.js';
import { runRuleTests } from '../../rule-tester.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [{ name: 'a limit', code: kubelet('podPidsLimit: 1024\n') }],
  invalid: [
    {
      name: 'unset: added as a starting point (unsafe)',
      code: kubelet('readOnlyPort: 0\n'),
      errors: [{ message: 'sets no podPidsLimit', line: 2, column: 7, endLine: 2, endColumn: 27, object: 'KubeletConfiguration', severity: 'info' }],
      output: kubelet('readOnlyPort: 0\npodPidsLimit: 4096\n'),
    },
    {
      name: '-1 means unlimited',
      code: kubelet('podPidsLimit: -1\n'),
      errors: [{ message: 'sets podPidsLimit: -1', line: 3, column: 1, endLine: 3, endColumn: 17 }],
      output: kubelet('podPidsLimit: 4096\n'),
    },
  ],
});
