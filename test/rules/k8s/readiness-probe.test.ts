import rule from '../../../rules/src/rules/k8s/readiness-probe.js';
import { runRuleTests } from '../../rule-tester.js';

const deployment = (containers: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n${containers}`;

runRuleTests(rule, {
  valid: [
    { name: 'a probe', code: deployment('      containers:\n        - name: app\n          readinessProbe: {httpGet: {path: /healthz, port: 8080}}\n') },
    { name: 'Jobs run to completion', code: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      containers: [{name: app}]\n' },
    { name: 'a bare Pod that is not restarted is a task', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: Never\n  containers: [{name: app}]\n' },
  ],
  invalid: [
    {
      name: 'init containers are skipped; the app container is reported',
      code: deployment('      initContainers: [{name: init}]\n      containers:\n        - name: app\n          readinessProbe: null\n'),
      errors: [{ message: 'Container "app" has no readinessProbe', line: 9, column: 17, endLine: 9, endColumn: 20, object: 'Deployment/api container/app', severity: 'info' }],
      output: null,
    },
    {
      name: 'a bare Pod restarted on exit',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app}]\n',
      errors: [{ line: 5, column: 23, endLine: 5, endColumn: 26, object: 'Pod/p container/app' }],
      output: null,
    },
  ],
});
