import rule from '../../../rules/src/rules/k8s/kubelet-authorization-mode.js';
import { runRuleTests } from '../../rule-tester.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [
    { name: 'Webhook', code: kubelet('authorization:\n  mode: Webhook\n') },
    { name: 'absent: Webhook is the file default', code: kubelet('readOnlyPort: 0\n') },
  ],
  invalid: [
    {
      name: 'AlwaysAllow',
      code: kubelet('authorization:\n  mode: AlwaysAllow # lab\n'),
      errors: [{ message: 'authorization.mode: AlwaysAllow', line: 4, column: 3, endLine: 4, endColumn: 20, object: 'KubeletConfiguration', severity: 'error' }],
      output: kubelet('authorization:\n  mode: Webhook # lab\n'),
    },
    {
      name: 'flow style, quoted',
      code: kubelet('authorization: {mode: "AlwaysAllow"}\n'),
      errors: [{ line: 3, column: 17, endLine: 3, endColumn: 36 }],
      output: kubelet('authorization: {mode: "Webhook"}\n'),
    },
  ],
});
