import rule from '../../../rules/src/rules/k8s/kubelet-anonymous-auth.js';
import { runRuleTests } from '../../rule-tester.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [
    { name: 'explicitly false', code: kubelet('authentication:\n  anonymous:\n    enabled: false\n') },
    { name: 'not a kubelet configuration', code: 'apiVersion: example.com/v1\nkind: Thing\nauthentication: {anonymous: {enabled: true}}\n' },
  ],
  invalid: [
    {
      name: 'enabled: true is set to false',
      code: kubelet('authentication:\n  anonymous:\n    enabled: true\n'),
      errors: [{ message: 'accepts anonymous requests', line: 5, column: 5, endLine: 5, endColumn: 18, object: 'KubeletConfiguration', severity: 'error' }],
      output: kubelet('authentication:\n  anonymous:\n    enabled: false\n'),
    },
    {
      name: 'absent (defaults to true): anchored on the deepest key, the field added',
      code: kubelet('authentication:\n  webhook:\n    enabled: true\n'),
      errors: [{ message: 'it defaults to true', line: 3, column: 1, endLine: 3, endColumn: 15 }],
      output: kubelet('authentication:\n  webhook:\n    enabled: true\n  anonymous:\n    enabled: false\n'),
    },
    {
      name: 'no authentication section: anchored on the kind',
      code: kubelet('readOnlyPort: 0\n'),
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 27 }],
      output: kubelet('readOnlyPort: 0\nauthentication:\n  anonymous:\n    enabled: false\n'),
    },
  ],
});
