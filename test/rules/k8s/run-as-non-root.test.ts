import rule from '../../../rules/src/rules/k8s/run-as-non-root.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;
const userNamespacePod = pod('  hostUsers: false\n  securityContext:\n    runAsNonRoot: false\n  containers:\n    - name: app\n');

runRuleTests(rule, {
  valid: [
    { name: 'pod true, container inherits', code: pod('  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: app\n') },
    { name: 'pod true, container true', code: pod('  securityContext: {runAsNonRoot: true}\n  containers: [{name: app, securityContext: {runAsNonRoot: true}}]\n') },
    {
      name: 'every container sets true without a pod value',
      code: pod('  initContainers: [{name: i, securityContext: {runAsNonRoot: true}}]\n  containers: [{name: c, securityContext: {runAsNonRoot: true}}]\n'),
    },
    { name: 'hostUsers: false allows any value from 1.35', code: userNamespacePod, config: { kubernetesVersion: '1.35' } },
    { name: 'hostUsers: false with the default (newest) version', code: pod('  hostUsers: false\n  containers:\n    - name: app\n') },
  ],
  invalid: [
    {
      name: 'nothing set: anchored on the container name, pod securityContext created',
      code: pod('  containers:\n    - name: app\n'),
      errors: [{ message: 'neither it nor the pod sets runAsNonRoot: true', line: 7, column: 13, endLine: 7, endColumn: 16, object: 'Pod/web container/app', severity: 'warning' }],
      output: pod('  containers:\n    - name: app\n  securityContext:\n    runAsNonRoot: true\n'),
    },
    {
      name: 'a pod-level false fails even when every container sets true',
      code: pod('  securityContext:\n    runAsNonRoot: false\n  containers:\n    - name: app\n      securityContext:\n        runAsNonRoot: true\n'),
      errors: [{ message: 'sets runAsNonRoot: false for the whole pod', line: 7, column: 5, endLine: 7, endColumn: 24, object: 'Pod/web' }],
      output: pod('  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: app\n      securityContext:\n        runAsNonRoot: true\n'),
    },
    {
      name: 'a container false overrides a pod true, and is not fixed for the user',
      code: pod('  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: app\n      securityContext:\n        runAsNonRoot: false\n'),
      errors: [{ message: 'Container "app" sets runAsNonRoot: false', line: 11, column: 9, endLine: 11, endColumn: 28, object: 'Pod/web container/app' }],
      output: null,
    },
    {
      name: 'pod false plus a container false: the pod finding carries the fix, the container keeps its finding',
      code: pod('  securityContext: {runAsNonRoot: false}\n  containers:\n    - name: a\n    - name: b\n      securityContext: {runAsNonRoot: false}\n'),
      errors: [
        { line: 6, column: 21, endLine: 6, endColumn: 40, object: 'Pod/web' },
        { line: 10, column: 25, endLine: 10, endColumn: 44, object: 'Pod/web container/b' },
      ],
      output: pod('  securityContext: {runAsNonRoot: true}\n  containers:\n    - name: a\n    - name: b\n      securityContext: {runAsNonRoot: false}\n'),
    },
    {
      name: 'several containers: one finding each, the pod-level fix offered once',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      securityContext: {runAsUser: 1000}\n      initContainers: [{name: init}]\n      containers: [{name: app}]\n',
      errors: [
        { line: 8, column: 31, endLine: 8, endColumn: 35, object: 'Deployment/api container/init' },
        { line: 9, column: 27, endLine: 9, endColumn: 30, object: 'Deployment/api container/app' },
      ],
      output: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      securityContext: {runAsUser: 1000, runAsNonRoot: true}\n      initContainers: [{name: init}]\n      containers: [{name: app}]\n',
    },
    {
      name: 'hostUsers: false does not relax the check before 1.35',
      code: userNamespacePod,
      config: { kubernetesVersion: '1.34' },
      errors: [{ line: 8, column: 5, endLine: 8, endColumn: 24, object: 'Pod/web' }],
      output: pod('  hostUsers: false\n  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: app\n'),
    },
    {
      name: 'CronJob in a kind: List',
      code: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: batch/v1\n    kind: CronJob\n    metadata: {name: nightly}\n    spec:\n      jobTemplate:\n        spec:\n          template:\n            spec:\n              containers:\n                - name: job\n',
      errors: [{ line: 13, column: 25, endLine: 13, endColumn: 28, object: 'CronJob/nightly container/job' }],
      output: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: batch/v1\n    kind: CronJob\n    metadata: {name: nightly}\n    spec:\n      jobTemplate:\n        spec:\n          template:\n            spec:\n              containers:\n                - name: job\n              securityContext:\n                runAsNonRoot: true\n',
    },
    {
      name: 'a pod securityContext shared through an anchor gets no fix',
      code: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n  spec:\n    securityContext: &psc {runAsUser: 1000}\n    containers: [{name: c}]\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: b}\n  spec:\n    securityContext: *psc\n    containers: [{name: c}]\n',
      errors: [
        { line: 9, column: 25, endLine: 9, endColumn: 26, object: 'Pod/a container/c' },
        { line: 15, column: 25, endLine: 15, endColumn: 26, object: 'Pod/b container/c' },
      ],
      output: null,
    },
  ],
});
