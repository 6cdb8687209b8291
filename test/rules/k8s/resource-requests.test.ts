import rule from '../../../rules/src/rules/k8s/resource-requests.js';
import { runRuleTests } from '../../rule-tester.js';

const deployment = (containers: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n${containers}`;

runRuleTests(rule, {
  valid: [
    { name: 'both requests set', code: deployment('        - name: app\n          resources:\n            requests: {cpu: 100m, memory: 64Mi}\n') },
    { name: 'limits alone: Kubernetes sets the requests to them', code: deployment('        - name: app\n          resources:\n            limits: {cpu: 100m, memory: 64Mi}\n') },
    { name: 'init containers are not judged', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: init}]\n  containers: [{name: app, resources: {requests: {cpu: 1, memory: 1Gi}}}]\n' },
  ],
  invalid: [
    {
      name: 'no resources at all',
      code: deployment('        - name: app\n          image: example/api:2.1\n'),
      errors: [{ message: 'Container "app" has no CPU or memory request', line: 8, column: 17, endLine: 8, endColumn: 20, object: 'Deployment/api container/app', severity: 'info' }],
      output: deployment('        - name: app\n          image: example/api:2.1\n          resources:\n            requests:\n              cpu: "100m"\n              memory: "128Mi"\n'),
    },
    {
      name: 'memory limited but no CPU at all: only the CPU request is added',
      code: deployment('        - name: app\n          resources:\n            limits:\n              memory: 256Mi\n'),
      errors: [{ message: 'has no CPU request', line: 8, column: 17, endLine: 8, endColumn: 20 }],
      output: deployment('        - name: app\n          resources:\n            limits:\n              memory: 256Mi\n            requests:\n              cpu: "100m"\n'),
    },
    {
      name: 'an empty resources mapping in flow style',
      code: deployment('        - {name: app, resources: {}}\n'),
      errors: [{ line: 8, column: 18, endLine: 8, endColumn: 21 }],
      output: deployment('        - {name: app, resources: {requests: {cpu: "100m", memory: "128Mi"}}}\n'),
    },
  ],
});
