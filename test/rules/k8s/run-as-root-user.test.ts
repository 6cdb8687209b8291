import rule from '../../../rules/src/rules/k8s/run-as-root-user.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;
const rootPod = pod('  hostUsers: false\n  securityContext:\n    runAsUser: 0\n  containers:\n    - name: app\n');

runRuleTests(rule, {
  valid: [
    { name: 'non-zero users', code: pod('  securityContext: {runAsUser: 1000}\n  containers: [{name: app, securityContext: {runAsUser: 10001}}]\n') },
    { name: 'unset', code: pod('  containers: [{name: app}]\n') },
    { name: 'before 1.23 the check does not exist', code: pod('  securityContext: {runAsUser: 0}\n  containers: [{name: app}]\n'), config: { kubernetesVersion: '1.22' } },
    { name: 'hostUsers: false allows user 0 from 1.35', code: rootPod, config: { kubernetesVersion: '1.35' } },
  ],
  invalid: [
    {
      name: 'pod level 0 fails even when the container overrides it',
      code: pod('  securityContext:\n    runAsUser: 0\n  containers:\n    - name: app\n      securityContext:\n        runAsUser: 1000\n'),
      config: { kubernetesVersion: '1.23' },
      errors: [{ message: 'Pod/web sets runAsUser: 0, so its processes run as root', line: 7, column: 5, endLine: 7, endColumn: 17, object: 'Pod/web', severity: 'error' }],
      output: pod('  securityContext:\n    runAsUser: 10001\n  containers:\n    - name: app\n      securityContext:\n        runAsUser: 1000\n'),
    },
    {
      name: 'container levels in every list',
      code: pod('  initContainers: [{name: i, securityContext: {runAsUser: 0}}]\n  containers: [{name: c}]\n  ephemeralContainers: [{name: e, securityContext: {runAsUser: 0}}]\n'),
      errors: [
        { message: 'Container "i" sets runAsUser: 0', line: 6, column: 48, endLine: 6, endColumn: 60, object: 'Pod/web container/i' },
        { message: 'Container "e" sets runAsUser: 0', line: 8, column: 53, endLine: 8, endColumn: 65, object: 'Pod/web container/e' },
      ],
      output: pod('  initContainers: [{name: i, securityContext: {runAsUser: 10001}}]\n  containers: [{name: c}]\n  ephemeralContainers: [{name: e, securityContext: {runAsUser: 10001}}]\n'),
    },
    {
      name: 'hostUsers: false does not relax the check before 1.35',
      code: rootPod,
      config: { kubernetesVersion: '1.34' },
      errors: [{ line: 8, column: 5, endLine: 8, endColumn: 17 }],
      output: pod('  hostUsers: false\n  securityContext:\n    runAsUser: 10001\n  containers:\n    - name: app\n'),
    },
  ],
});
