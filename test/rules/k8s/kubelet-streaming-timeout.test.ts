import rule from '../../../rules/src/rules/k8s/kubelet-streaming-timeout.js';
import { runRuleTests } from '../../rule-tester.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [
    { name: 'absent (4h default)', code: kubelet('readOnlyPort: 0\n') },
    { name: 'a real timeout', code: kubelet('streamingConnectionIdleTimeout: 5m0s\n') },
    { name: 'a duration with a zero part but not zero', code: kubelet('streamingConnectionIdleTimeout: 0h30m\n') },
  ],
  invalid: [
    {
      name: 'the number 0',
      code: kubelet('streamingConnectionIdleTimeout: 0\n'),
      errors: [{ message: 'never closes idle', line: 3, column: 1, endLine: 3, endColumn: 34, object: 'KubeletConfiguration', severity: 'warning' }],
      output: kubelet('streamingConnectionIdleTimeout: "4h0m0s"\n'),
    },
    {
      name: 'a zero duration, quoted',
      code: kubelet('streamingConnectionIdleTimeout: "0h0m0s"\n'),
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 41 }],
      output: kubelet('streamingConnectionIdleTimeout: "4h0m0s"\n'),
    },
  ],
});
