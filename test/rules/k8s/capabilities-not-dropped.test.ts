import rule from '../../../rules/src/rules/k8s/capabilities-not-dropped.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (container: string, spec = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}  containers:\n    - name: app\n${container}`;

runRuleTests(rule, {
  valid: [
    { name: 'drop ALL', code: pod('      securityContext:\n        capabilities:\n          drop: [ALL]\n') },
    { name: 'drop ALL and add NET_BIND_SERVICE', code: pod('      securityContext:\n        capabilities:\n          drop: ["ALL"]\n          add: [NET_BIND_SERVICE]\n') },
    { name: 'outside-baseline adds are left to k8s/dangerous-capabilities', code: pod('      securityContext:\n        capabilities: {drop: [ALL], add: [SYS_ADMIN]}\n') },
    { name: 'before 1.22 the check does not exist', code: pod(''), config: { kubernetesVersion: '1.21' } },
    { name: 'Windows pods are exempt from 1.25', code: pod('', '  os: {name: windows}\n'), config: { kubernetesVersion: '1.25' } },
  ],
  invalid: [
    {
      name: 'no securityContext: anchored on the name, drop created',
      code: pod('      image: example/web:1\n'),
      errors: [{ message: 'Container "app" does not drop ALL capabilities', line: 7, column: 13, endLine: 7, endColumn: 16, object: 'Pod/web container/app', severity: 'warning' }],
      output: pod('      image: example/web:1\n      securityContext:\n        capabilities:\n          drop: ["ALL"]\n'),
    },
    {
      name: 'a drop list without ALL (exact case): ALL appended',
      code: pod('      securityContext:\n        capabilities:\n          drop:\n            - NET_RAW\n            - all\n'),
      errors: [{ line: 10, column: 11, endLine: 10, endColumn: 15 }],
      output: pod('      securityContext:\n        capabilities:\n          drop:\n            - NET_RAW\n            - all\n            - ALL\n'),
    },
    {
      name: 'capabilities with only add: drop inserted; the baseline add is reported without a fix',
      code: pod('      securityContext:\n        capabilities: {add: [CHOWN, NET_BIND_SERVICE]}\n'),
      errors: [
        { message: 'does not drop ALL', line: 9, column: 9, endLine: 9, endColumn: 21 },
        { message: 'adds the capability "CHOWN"; the restricted Pod Security Standard allows adding only NET_BIND_SERVICE', line: 9, column: 30, endLine: 9, endColumn: 35 },
      ],
      output: pod('      securityContext:\n        capabilities: {add: [CHOWN, NET_BIND_SERVICE], drop: ["ALL"]}\n'),
    },
    {
      name: 'Windows pods are not exempt before 1.25; ephemeral containers count',
      code: pod('      securityContext: {capabilities: {drop: [ALL]}}\n  ephemeralContainers:\n    - name: debug\n', '  os: {name: windows}\n'),
      config: { kubernetesVersion: '1.24' },
      errors: [{ line: 11, column: 13, endLine: 11, endColumn: 18, object: 'Pod/web container/debug' }],
      output: pod('      securityContext: {capabilities: {drop: [ALL]}}\n  ephemeralContainers:\n    - name: debug\n      securityContext:\n        capabilities:\n          drop: ["ALL"]\n', '  os: {name: windows}\n'),
    },
  ],
});
