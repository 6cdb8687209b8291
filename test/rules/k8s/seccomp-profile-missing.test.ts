import rule from '../../../rules/src/rules/k8s/seccomp-profile-missing.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;
const windows = pod('  os: {name: windows}\n  containers:\n    - name: app\n');

runRuleTests(rule, {
  valid: [
    { name: 'pod-level RuntimeDefault covers the containers', code: pod('  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n    - name: app\n') },
    { name: 'every container sets Localhost', code: pod('  initContainers: [{name: i, securityContext: {seccompProfile: {type: Localhost, localhostProfile: a.json}}}]\n  containers: [{name: c, securityContext: {seccompProfile: {type: RuntimeDefault}}}]\n') },
    { name: 'a pod-level Unconfined is left to k8s/seccomp-unconfined', code: pod('  securityContext: {seccompProfile: {type: Unconfined}}\n  containers: [{name: app}]\n') },
    { name: 'Windows pods are exempt from 1.25', code: windows, config: { kubernetesVersion: '1.25' } },
    { name: 'before 1.19 the check does not exist', code: pod('  containers: [{name: app}]\n'), config: { kubernetesVersion: '1.18' } },
  ],
  invalid: [
    {
      name: 'nothing set: one finding per container, the pod-level fix offered once',
      code: pod('  initContainers:\n    - name: init\n  containers:\n    - name: app\n'),
      errors: [
        { message: 'Container "init" runs without a seccomp profile', line: 7, column: 13, endLine: 7, endColumn: 17, object: 'Pod/web container/init', severity: 'warning' },
        { message: 'Container "app" runs without a seccomp profile', line: 9, column: 13, endLine: 9, endColumn: 16, object: 'Pod/web container/app' },
      ],
      output: pod('  initContainers:\n    - name: init\n  containers:\n    - name: app\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n'),
    },
    {
      name: 'only the container without its own value; added to an existing pod securityContext',
      code: pod('  securityContext: {runAsNonRoot: true}\n  containers:\n    - name: a\n      securityContext: {seccompProfile: {type: RuntimeDefault}}\n    - name: b\n'),
      errors: [{ line: 10, column: 13, endLine: 10, endColumn: 14, object: 'Pod/web container/b' }],
      output: pod('  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n  containers:\n    - name: a\n      securityContext: {seccompProfile: {type: RuntimeDefault}}\n    - name: b\n'),
    },
    {
      name: 'Windows pods are not exempt before 1.25',
      code: windows,
      config: { kubernetesVersion: '1.24' },
      errors: [{ line: 8, column: 13, endLine: 8, endColumn: 16 }],
      output: pod('  os: {name: windows}\n  containers:\n    - name: app\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n'),
    },
  ],
});
