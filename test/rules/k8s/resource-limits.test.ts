import rule from '../../../rules/src/rules/k8s/resource-limits.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;

runRuleTests(rule, {
  valid: [
    { name: 'both limits set', code: pod('  containers:\n    - name: app\n      resources:\n        limits: {cpu: "1", memory: 1Gi}\n') },
    { name: 'init and ephemeral containers are not judged', code: pod('  initContainers: [{name: init}]\n  ephemeralContainers: [{name: debug}]\n  containers: [{name: app, resources: {limits: {cpu: 200m, memory: 256Mi}}}]\n') },
  ],
  invalid: [
    {
      name: 'no resources: a limits block with placeholders',
      code: pod('  containers:\n    - name: app\n      image: nginx:1.27\n'),
      errors: [{ message: 'Container "app" has no CPU and memory limit', line: 7, column: 13, endLine: 7, endColumn: 16, object: 'Pod/web container/app', severity: 'warning' }],
      output: pod('  containers:\n    - name: app\n      image: nginx:1.27\n      resources:\n        limits:\n          cpu: "500m"\n          memory: "512Mi"\n'),
    },
    {
      name: 'only the memory limit is missing: added to the existing limits',
      code: pod('  containers:\n    - name: app\n      resources:\n        limits:\n          cpu: 250m\n'),
      errors: [{ message: 'has no memory limit', line: 7, column: 13, endLine: 7, endColumn: 16 }],
      output: pod('  containers:\n    - name: app\n      resources:\n        limits:\n          cpu: 250m\n          memory: "512Mi"\n'),
    },
    {
      name: 'requests exist: limits reuse them, so a limit is never below its request',
      code: pod('  containers:\n    - name: app\n      resources:\n        requests: {cpu: "2", memory: 4Gi}\n'),
      errors: [{ message: 'has no CPU and memory limit', line: 7, column: 13, endLine: 7, endColumn: 16 }],
      output: pod('  containers:\n    - name: app\n      resources:\n        requests: {cpu: "2", memory: 4Gi}\n        limits:\n          cpu: "2"\n          memory: "4Gi"\n'),
    },
    {
      name: 'a null limit is unset; flow style kept',
      code: pod('  containers: [{name: app, resources: {limits: {cpu: 1, memory: null}}}]\n'),
      errors: [{ message: 'has no memory limit', line: 6, column: 23, endLine: 6, endColumn: 26 }],
      output: pod('  containers: [{name: app, resources: {limits: {cpu: 1, memory: "512Mi"}}}]\n'),
    },
    {
      name: 'two null limits: no fix, since one edit cannot fill both safely',
      code: pod('  containers:\n    - name: app\n      resources:\n        limits:\n          cpu:\n          memory: ~\n'),
      errors: [{ message: 'has no CPU and memory limit', line: 7, column: 13, endLine: 7, endColumn: 16 }],
      output: null,
    },
  ],
});
