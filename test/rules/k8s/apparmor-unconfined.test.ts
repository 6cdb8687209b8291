import rule from '../../../rules/src/rules/k8s/apparmor-unconfined.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;
const deployment = (annotations: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: unconfined\nspec:\n  template:\n    metadata:\n      annotations:\n${annotations}    spec:\n      containers:\n        - name: app\n`;

runRuleTests(rule, {
  valid: [
    { name: 'RuntimeDefault and Localhost', code: pod('  securityContext:\n    appArmorProfile: {type: RuntimeDefault}\n  containers:\n    - name: app\n      securityContext:\n        appArmorProfile: {type: Localhost, localhostProfile: k8s-web}\n') },
    { name: 'allowed annotation values', code: deployment('        container.apparmor.security.beta.kubernetes.io/app: runtime/default\n        container.apparmor.security.beta.kubernetes.io/side: localhost/k8s-side\n        container.apparmor.security.beta.kubernetes.io/x: ""\n') },
    { name: "the Deployment's own annotations are not the pod's", code: deployment('        team: web\n') },
    { name: 'an unrelated annotation', code: pod('  containers: [{name: a}]\n').replace('  name: web\n', '  name: web\n  annotations: {apparmor.example.com/mode: unconfined}\n') },
  ],
  invalid: [
    {
      name: 'the container field',
      code: pod('  containers:\n    - name: app\n      securityContext:\n        appArmorProfile:\n          type: Unconfined\n'),
      errors: [{ message: 'Container "app" sets appArmorProfile.type: Unconfined', line: 10, column: 11, endLine: 10, endColumn: 27, object: 'Pod/web container/app', severity: 'error' }],
      output: pod('  containers:\n    - name: app\n      securityContext:\n        appArmorProfile:\n          type: RuntimeDefault\n'),
    },
    {
      name: 'the pod field fails even when the container overrides it',
      code: pod('  securityContext: {appArmorProfile: {type: Unconfined}}\n  containers: [{name: app, securityContext: {appArmorProfile: {type: RuntimeDefault}}}]\n'),
      errors: [{ message: 'Pod/web sets appArmorProfile.type: Unconfined', line: 6, column: 39, endLine: 6, endColumn: 55, object: 'Pod/web' }],
      output: pod('  securityContext: {appArmorProfile: {type: RuntimeDefault}}\n  containers: [{name: app, securityContext: {appArmorProfile: {type: RuntimeDefault}}}]\n'),
    },
    {
      name: 'an unknown type (types are exact case)',
      code: pod('  containers: [{name: app, securityContext: {appArmorProfile: {type: runtimedefault}}}]\n'),
      errors: [{ message: 'to "runtimedefault"; Pod Security accepts only RuntimeDefault or Localhost', line: 6, column: 64, endLine: 6, endColumn: 84 }],
      output: pod('  containers: [{name: app, securityContext: {appArmorProfile: {type: RuntimeDefault}}}]\n'),
    },
    {
      name: "the annotation on the pod template's metadata (quoting kept)",
      code: deployment('        container.apparmor.security.beta.kubernetes.io/app: "unconfined"\n'),
      errors: [{ message: 'Deployment/api runs container "app" unconfined by AppArmor', line: 11, column: 9, endLine: 11, endColumn: 73, object: 'Deployment/api' }],
      output: deployment('        container.apparmor.security.beta.kubernetes.io/app: "runtime/default"\n'),
    },
    {
      name: 'any other annotation value is rejected too',
      code: pod('  containers: [{name: app}]\n').replace('  name: web\n', '  name: web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: docker-default\n'),
      errors: [{ message: 'to "docker-default"; Pod Security accepts only runtime/default or localhost/<profile>', line: 6, column: 5, endLine: 6, endColumn: 71, object: 'Pod/web' }],
      output: pod('  containers: [{name: app}]\n').replace('  name: web\n', '  name: web\n  annotations:\n    container.apparmor.security.beta.kubernetes.io/app: runtime/default\n'),
    },
    {
      name: 'CronJob template annotation',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata: {annotations: {container.apparmor.security.beta.kubernetes.io/job: unconfined}}\n        spec: {containers: [{name: job}]}\n',
      errors: [{ line: 8, column: 34, endLine: 8, endColumn: 96, object: 'CronJob/cj' }],
      output: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata: {annotations: {container.apparmor.security.beta.kubernetes.io/job: runtime/default}}\n        spec: {containers: [{name: job}]}\n',
    },
  ],
});
