import rule from '../../../rules/src/rules/k8s/privileged-container.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n${containers}`;

runRuleTests(rule, {
  valid: [
    { name: 'privileged: false', code: pod('    - name: app\n      securityContext:\n        privileged: false\n') },
    { name: 'not set', code: pod('    - name: app\n      image: nginx:1.27\n') },
    { name: 'written as null', code: pod('    - name: app\n      securityContext: {privileged: null}\n') },
    {
      name: 'a pod-level privileged is not a Kubernetes field and is ignored',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  securityContext: {privileged: true}\n  containers: [{name: app}]\n',
    },
    { name: 'a Deployment without a pod template', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replicas: 1}\n' },
  ],
  invalid: [
    {
      name: 'Pod, block style',
      code: pod('    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n'),
      errors: [{ message: 'Container "app" runs privileged', line: 10, column: 9, endLine: 10, endColumn: 25, object: 'Pod/web container/app', severity: 'error' }],
      output: pod('    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: false\n'),
    },
    {
      name: 'Deployment init container, flow style',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      initContainers:\n      - {name: setup, securityContext: {privileged: true}}\n      containers:\n      - name: app\n',
      errors: [{ line: 8, column: 41, endLine: 8, endColumn: 57, object: 'Deployment/api container/setup' }],
      output: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      initContainers:\n      - {name: setup, securityContext: {privileged: false}}\n      containers:\n      - name: app\n',
    },
    {
      name: 'CronJob ephemeral container',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: job}]\n          ephemeralContainers:\n          - name: debug\n            securityContext:\n              privileged: true\n',
      errors: [{ line: 13, column: 15, endLine: 13, endColumn: 31, object: 'CronJob/nightly container/debug' }],
      output: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: job}]\n          ephemeralContainers:\n          - name: debug\n            securityContext:\n              privileged: false\n',
    },
    {
      name: 'kind: List item and an unknown kind with a pod template, in a multi-document file',
      code: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n  spec:\n    containers: [{name: c, securityContext: {privileged: true}}]\n---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  template:\n    spec:\n      containers: [{name: c, securityContext: {privileged: True}}]\n',
      errors: [
        { line: 8, column: 46, endLine: 8, endColumn: 62, object: 'Pod/a container/c' },
        { line: 16, column: 48, endLine: 16, endColumn: 64, object: 'Rollout/r container/c' },
      ],
      output: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n  spec:\n    containers: [{name: c, securityContext: {privileged: false}}]\n---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  template:\n    spec:\n      containers: [{name: c, securityContext: {privileged: false}}]\n',
    },
    {
      name: 'a securityContext shared through an anchor is reported for each container but not fixed',
      code: pod('    - name: a\n      securityContext: &sc\n        privileged: true\n    - name: b\n      securityContext: *sc\n'),
      errors: [
        { line: 9, column: 9, endLine: 9, endColumn: 25, object: 'Pod/web container/a' },
        { line: 9, column: 9, endLine: 9, endColumn: 25, object: 'Pod/web container/b' },
      ],
      output: null,
    },
  ],
});
