import rule from '../../../rules/src/rules/k8s/allow-privilege-escalation.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;
const windowsPod = pod('  os:\n    name: windows\n  containers:\n    - name: app\n');

runRuleTests(rule, {
  valid: [
    { name: 'explicitly false', code: pod('  containers:\n    - name: app\n      securityContext:\n        allowPrivilegeEscalation: false\n') },
    {
      name: 'every init, regular and ephemeral container sets false',
      code: pod('  initContainers: [{name: i, securityContext: {allowPrivilegeEscalation: false}}]\n  containers: [{name: c, securityContext: {allowPrivilegeEscalation: false}}]\n  ephemeralContainers: [{name: e, securityContext: {allowPrivilegeEscalation: false}}]\n'),
    },
    { name: 'Windows pods are exempt from 1.25', code: windowsPod, config: { kubernetesVersion: '1.25' } },
    { name: 'Windows pods are exempt with the default (newest) version', code: windowsPod },
    { name: 'objects without a pod spec', code: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n' },
  ],
  invalid: [
    {
      name: 'missing: anchored on the name, securityContext created in block style',
      code: pod('  containers:\n    - name: app\n      image: nginx:1.27\n'),
      errors: [{ message: 'does not set allowPrivilegeEscalation: false', line: 7, column: 13, endLine: 7, endColumn: 16, object: 'Pod/web container/app', severity: 'warning' }],
      output: pod('  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n'),
    },
    {
      name: 'explicit true is set to false in place',
      code: pod('  containers:\n    - name: app\n      securityContext:\n        runAsUser: 1000\n        allowPrivilegeEscalation: true # needed?\n'),
      errors: [{ message: 'allows privilege escalation', line: 10, column: 9, endLine: 10, endColumn: 39 }],
      output: pod('  containers:\n    - name: app\n      securityContext:\n        runAsUser: 1000\n        allowPrivilegeEscalation: false # needed?\n'),
    },
    {
      name: 'an existing securityContext gets the key added',
      code: pod('  containers:\n    - name: app\n      securityContext:\n        runAsUser: 1000\n'),
      errors: [{ line: 7, column: 13, endLine: 7, endColumn: 16 }],
      output: pod('  containers:\n    - name: app\n      securityContext:\n        runAsUser: 1000\n        allowPrivilegeEscalation: false\n'),
    },
    {
      name: 'an empty securityContext: gets the key below it',
      code: pod('  containers:\n    - name: app\n      securityContext:\n      image: nginx:1.27\n'),
      errors: [{ line: 7, column: 13, endLine: 7, endColumn: 16 }],
      output: pod('  containers:\n    - name: app\n      securityContext:\n        allowPrivilegeEscalation: false\n      image: nginx:1.27\n'),
    },
    {
      name: 'flow-style containers get flow-style fixes',
      code: pod('  containers: [{name: app, image: nginx}, {name: side, securityContext: {}}]\n'),
      errors: [
        { line: 6, column: 23, endLine: 6, endColumn: 26, object: 'Pod/web container/app' },
        { line: 6, column: 50, endLine: 6, endColumn: 54, object: 'Pod/web container/side' },
      ],
      output: pod('  containers: [{name: app, image: nginx, securityContext: {allowPrivilegeEscalation: false}}, {name: side, securityContext: {allowPrivilegeEscalation: false}}]\n'),
    },
    {
      name: 'a pod-level value does not count (Kubernetes has no such pod field)',
      code: pod('  securityContext:\n    allowPrivilegeEscalation: false\n  containers:\n    - name: app\n'),
      errors: [{ line: 9, column: 13, endLine: 9, endColumn: 16 }],
      output: pod('  securityContext:\n    allowPrivilegeEscalation: false\n  containers:\n    - name: app\n      securityContext:\n        allowPrivilegeEscalation: false\n'),
    },
    {
      name: 'Windows pods are checked before 1.25',
      code: windowsPod,
      config: { kubernetesVersion: '1.24' },
      errors: [{ line: 9, column: 13, endLine: 9, endColumn: 16 }],
      output: pod('  os:\n    name: windows\n  containers:\n    - name: app\n      securityContext:\n        allowPrivilegeEscalation: false\n'),
    },
    {
      name: 'init and ephemeral containers of a Job; an unnamed container is anchored on its first key',
      code: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: migrate}\nspec:\n  template:\n    spec:\n      initContainers:\n      - name: wait\n        securityContext: {allowPrivilegeEscalation: false}\n      containers:\n      - image: migrate:1\n      ephemeralContainers:\n      - name: debug\n',
      errors: [
        { line: 11, column: 9, endLine: 11, endColumn: 14, object: 'Job/migrate container/#1' },
        { line: 13, column: 15, endLine: 13, endColumn: 20, object: 'Job/migrate container/debug' },
      ],
      output: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: migrate}\nspec:\n  template:\n    spec:\n      initContainers:\n      - name: wait\n        securityContext: {allowPrivilegeEscalation: false}\n      containers:\n      - image: migrate:1\n        securityContext:\n          allowPrivilegeEscalation: false\n      ephemeralContainers:\n      - name: debug\n        securityContext:\n          allowPrivilegeEscalation: false\n',
    },
    {
      name: 'a securityContext shared through an anchor gets no fix',
      code: pod('  containers:\n    - name: a\n      securityContext: &sc\n        runAsUser: 1000\n    - name: b\n      securityContext: *sc\n'),
      errors: [
        { line: 7, column: 13, endLine: 7, endColumn: 14, object: 'Pod/web container/a' },
        { line: 10, column: 13, endLine: 10, endColumn: 14, object: 'Pod/web container/b' },
      ],
      output: null,
    },
  ],
});
