import rule from '../../../rules/src/rules/k8s/kubelet-read-only-port.js';
import { runRuleTests } from '../../rule-tester.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

runRuleTests(rule, {
  valid: [
    { name: 'absent (the file default is 0, CIS 4.2.4)', code: kubelet('authentication:\n  anonymous:\n    enabled: false\n') },
    { name: 'explicitly 0', code: kubelet('readOnlyPort: 0\n') },
    { name: 'null is unset', code: kubelet('readOnlyPort:\n') },
    { name: 'readOnlyPort in another kind is not a kubelet setting', code: 'apiVersion: example.com/v1\nkind: Thing\nreadOnlyPort: 10255\n' },
  ],
  invalid: [
    {
      name: 'the usual 10255',
      code: kubelet('address: 0.0.0.0\nreadOnlyPort: 10255 # legacy\n'),
      errors: [{ message: 'port 10255', line: 4, column: 1, endLine: 4, endColumn: 20, object: 'KubeletConfiguration', severity: 'error' }],
      output: kubelet('address: 0.0.0.0\nreadOnlyPort: 0 # legacy\n'),
    },
    {
      name: 'second document of a multi-document file, quoted port',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n' + kubelet('readOnlyPort: "10255"\n'),
      errors: [{ line: 7, column: 1, endLine: 7, endColumn: 22 }],
      output: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n' + kubelet('readOnlyPort: 0\n'),
    },
    {
      name: 'a value shared through an anchor is not fixed',
      code: kubelet('healthzPort: &port 10248\nreadOnlyPort: *port\n'),
      errors: [{ message: 'port 10248', line: 4, column: 1, endLine: 4, endColumn: 20 }],
      output: null,
    },
  ],
});
