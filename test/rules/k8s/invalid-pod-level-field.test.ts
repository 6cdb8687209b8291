import rule from '../../../rules/src/rules/k8s/invalid-pod-level-field.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (podSc: string, containers: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n${podSc}  containers:\n${containers}`;

runRuleTests(rule, {
  valid: [
    { name: 'pod-level fields only', code: pod('    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n    sysctls: []\n', '    - name: app\n') },
    { name: 'container-only fields in a container', code: pod('    runAsUser: 1000\n', '    - name: app\n      securityContext: {allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true}\n') },
    { name: 'a null value is unset', code: pod('    privileged:\n', '    - name: app\n') },
  ],
  invalid: [
    {
      name: 'a hardening value moves into every container without its own',
      code: pod('    runAsNonRoot: true\n    allowPrivilegeEscalation: false\n', '    - name: a\n    - name: b\n      securityContext:\n        allowPrivilegeEscalation: false\n    - name: c\n      securityContext: {runAsUser: 1000}\n'),
      errors: [{ message: 'Pod/web sets allowPrivilegeEscalation in the pod-level securityContext, where Kubernetes ignores it', line: 8, column: 5, endLine: 8, endColumn: 29, object: 'Pod/web', severity: 'warning' }],
      output: pod('    runAsNonRoot: true\n', '    - name: a\n      securityContext:\n        allowPrivilegeEscalation: false\n    - name: b\n      securityContext:\n        allowPrivilegeEscalation: false\n    - name: c\n      securityContext: {runAsUser: 1000, allowPrivilegeEscalation: false}\n'),
    },
    {
      name: 'a drop-only capabilities list moves as a mapping',
      code: pod('    capabilities:\n      drop: [ALL]\n', '    - name: app\n      image: example/web:1\n'),
      errors: [{ line: 7, column: 5, endLine: 7, endColumn: 17 }],
      output: pod('', '    - name: app\n      image: example/web:1\n      securityContext:\n        capabilities:\n          drop: [ALL]\n'),
    },
    {
      name: 'a weakening value is only removed, never moved',
      code: pod('    privileged: true\n    runAsUser: 1000\n', '    - name: app\n'),
      errors: [{ message: 'sets privileged in the pod-level securityContext', line: 7, column: 5, endLine: 7, endColumn: 15 }],
      output: pod('    runAsUser: 1000\n', '    - name: app\n'),
    },
    {
      name: 'capabilities that add are removed; procMount Default and readOnlyRootFilesystem move',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {capabilities: {add: [NET_ADMIN]}}\n  containers: [{name: a}]\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: q}\nspec:\n  securityContext: {readOnlyRootFilesystem: true}\n  containers: [{name: a}]\n',
      errors: [
        { message: 'Pod/p sets capabilities', line: 5, column: 21, endLine: 5, endColumn: 33, object: 'Pod/p' },
        { message: 'Pod/q sets readOnlyRootFilesystem', line: 12, column: 21, endLine: 12, endColumn: 43, object: 'Pod/q' },
      ],
      output: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {}\n  containers: [{name: a}]\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: q}\nspec:\n  securityContext: {}\n  containers: [{name: a, securityContext: {readOnlyRootFilesystem: true}}]\n',
    },
  ],
});
