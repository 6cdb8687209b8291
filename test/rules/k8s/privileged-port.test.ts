import rule from '../../../rules/src/rules/k8s/privileged-port.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (ports: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      ports:\n${ports}`;

runRuleTests(rule, {
  valid: [
    { name: 'high ports', code: pod('        - containerPort: 8080\n        - containerPort: 1024\n') },
    { name: 'a port out of range is not a port', code: pod('        - containerPort: 0\n') },
  ],
  invalid: [
    {
      name: 'ports 80 and 443',
      code: pod('        - containerPort: 80\n        - {containerPort: 443, protocol: TCP}\n'),
      errors: [
        { message: 'Container "app" listens on port 80, below 1024', line: 9, column: 26, endLine: 9, endColumn: 28, object: 'Pod/web container/app', severity: 'info' },
        { message: 'port 443', line: 10, column: 27, endLine: 10, endColumn: 30 },
      ],
      output: null,
    },
  ],
});
