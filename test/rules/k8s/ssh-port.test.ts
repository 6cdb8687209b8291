import rule from '../../../rules/src/rules/k8s/ssh-port.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (ports: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: box\nspec:\n  containers:\n    - name: app\n      ports:\n${ports}`;

runRuleTests(rule, {
  valid: [
    { name: 'other ports', code: pod('        - containerPort: 8080\n        - {containerPort: 2222, name: alt}\n') },
  ],
  invalid: [
    {
      name: 'port 22',
      code: pod('        - containerPort: 22\n          name: ssh\n'),
      errors: [{ message: 'Container "app" exposes port 22', line: 9, column: 26, endLine: 9, endColumn: 28, object: 'Pod/box container/app', severity: 'warning' }],
      output: null,
    },
  ],
});
