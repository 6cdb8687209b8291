import rule from '../../../rules/src/rules/k8s/read-only-root-filesystem.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;

runRuleTests(rule, {
  valid: [
    { name: 'set on the container', code: pod('  containers:\n    - name: app\n      securityContext:\n        readOnlyRootFilesystem: true\n') },
    { name: 'every kind of container sets it', code: pod('  initContainers: [{name: i, securityContext: {readOnlyRootFilesystem: true}}]\n  containers: [{name: c, securityContext: {readOnlyRootFilesystem: true}}]\n') },
    { name: 'Windows pods cannot use it', code: pod('  os: {name: windows}\n  containers:\n    - name: app\n') },
  ],
  invalid: [
    {
      name: 'missing: anchored on the name, securityContext created',
      code: pod('  containers:\n    - name: app\n      image: nginx:1.27\n'),
      errors: [{ message: 'Container "app" does not set readOnlyRootFilesystem: true', line: 7, column: 13, endLine: 7, endColumn: 16, object: 'Pod/web container/app', severity: 'warning' }],
      output: pod('  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        readOnlyRootFilesystem: true\n'),
    },
    {
      name: 'explicit false is set to true',
      code: pod('  containers:\n    - name: app\n      securityContext:\n        readOnlyRootFilesystem: false # for now\n'),
      errors: [{ message: 'sets readOnlyRootFilesystem: false', line: 9, column: 9, endLine: 9, endColumn: 38 }],
      output: pod('  containers:\n    - name: app\n      securityContext:\n        readOnlyRootFilesystem: true # for now\n'),
    },
    {
      name: 'a pod-level value is ignored by Kubernetes; init containers count',
      code: pod('  securityContext: {readOnlyRootFilesystem: true}\n  initContainers: [{name: init, securityContext: {runAsUser: 1000}}]\n  containers: [{name: app, securityContext: {readOnlyRootFilesystem: true}}]\n'),
      errors: [{ line: 7, column: 27, endLine: 7, endColumn: 31, object: 'Pod/web container/init' }],
      output: pod('  securityContext: {readOnlyRootFilesystem: true}\n  initContainers: [{name: init, securityContext: {runAsUser: 1000, readOnlyRootFilesystem: true}}]\n  containers: [{name: app, securityContext: {readOnlyRootFilesystem: true}}]\n'),
    },
  ],
});
