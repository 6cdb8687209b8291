import rule from '../../../rules/src/rules/k8s/seccomp-unconfined.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;
const annotated = (annotations: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n${annotations}spec:\n  containers:\n    - name: app\n`;

runRuleTests(rule, {
  valid: [
    { name: 'RuntimeDefault and Localhost', code: pod('  securityContext:\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n    - name: app\n      securityContext:\n        seccompProfile: {type: Localhost, localhostProfile: profiles/web.json}\n') },
    { name: 'unset (k8s/seccomp-profile-missing reports that)', code: pod('  containers:\n    - name: app\n') },
    { name: 'before 1.19 the field did not exist and is not read', code: pod('  securityContext: {seccompProfile: {type: Unconfined}}\n  containers: [{name: app}]\n'), config: { kubernetesVersion: '1.18' } },
    { name: 'from 1.19 the alpha annotations are not read', code: annotated('    seccomp.security.alpha.kubernetes.io/pod: unconfined\n') },
    { name: 'allowed alpha annotation values before 1.19', code: annotated('    seccomp.security.alpha.kubernetes.io/pod: docker/default\n    container.seccomp.security.alpha.kubernetes.io/app: localhost/web.json\n'), config: { kubernetesVersion: '1.18' } },
    { name: 'an annotation for a container the pod does not have is not read', code: annotated('    container.seccomp.security.alpha.kubernetes.io/other: unconfined\n'), config: { kubernetesVersion: '1.18' } },
  ],
  invalid: [
    {
      name: 'container Unconfined',
      code: pod('  containers:\n    - name: app\n      securityContext:\n        seccompProfile:\n          type: Unconfined\n'),
      errors: [{ message: 'Container "app" sets seccompProfile.type: Unconfined', line: 10, column: 11, endLine: 10, endColumn: 27, object: 'Pod/web container/app', severity: 'error' }],
      output: pod('  containers:\n    - name: app\n      securityContext:\n        seccompProfile:\n          type: RuntimeDefault\n'),
    },
    {
      name: 'pod Unconfined fails even when every container overrides it; quotes kept',
      code: pod('  securityContext:\n    seccompProfile: {type: "Unconfined"}\n  initContainers: [{name: i, securityContext: {seccompProfile: {type: RuntimeDefault}}}]\n  containers: [{name: app, securityContext: {seccompProfile: {type: RuntimeDefault}}}]\n'),
      errors: [{ message: 'Pod/web sets seccompProfile.type: Unconfined', line: 7, column: 22, endLine: 7, endColumn: 40, object: 'Pod/web' }],
      output: pod('  securityContext:\n    seccompProfile: {type: "RuntimeDefault"}\n  initContainers: [{name: i, securityContext: {seccompProfile: {type: RuntimeDefault}}}]\n  containers: [{name: app, securityContext: {seccompProfile: {type: RuntimeDefault}}}]\n'),
    },
    {
      name: 'types are exact case',
      code: pod('  containers: [{name: app, securityContext: {seccompProfile: {type: unconfined}}}]\n'),
      errors: [{ message: 'to "unconfined"; Pod Security accepts only RuntimeDefault or Localhost', line: 6, column: 63, endLine: 6, endColumn: 79 }],
      output: pod('  containers: [{name: app, securityContext: {seccompProfile: {type: RuntimeDefault}}}]\n'),
    },
    {
      name: 'before 1.19: the alpha annotations of the pod and of a container',
      code: annotated('    seccomp.security.alpha.kubernetes.io/pod: unconfined\n    container.seccomp.security.alpha.kubernetes.io/app: unconfined\n'),
      config: { kubernetesVersion: '1.18' },
      errors: [
        { message: 'sets the seccomp annotation seccomp.security.alpha.kubernetes.io/pod to "unconfined"', line: 6, column: 5, endLine: 6, endColumn: 57, object: 'Pod/web' },
        { message: 'container.seccomp.security.alpha.kubernetes.io/app', line: 7, column: 5, endLine: 7, endColumn: 67, object: 'Pod/web' },
      ],
      output: annotated('    seccomp.security.alpha.kubernetes.io/pod: runtime/default\n    container.seccomp.security.alpha.kubernetes.io/app: runtime/default\n'),
    },
  ],
});
