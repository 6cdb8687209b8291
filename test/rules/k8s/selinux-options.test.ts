import rule from '../../../rules/src/rules/k8s/selinux-options.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (podSc: string, containerSc: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seLinuxOptions: ${podSc}\n  containers:\n    - name: app\n      securityContext:\n        seLinuxOptions: ${containerSc}\n`;

runRuleTests(rule, {
  valid: [
    { name: 'the container types and a level', code: pod('{type: container_t, level: "s0:c123,c456"}', '{type: container_init_t}') },
    { name: 'container_kvm_t, empty user and role', code: pod('{type: container_kvm_t, user: "", role: ""}', '{}') },
    { name: 'container_engine_t from 1.31', code: pod('{type: container_engine_t}', '{}'), config: { kubernetesVersion: '1.31' } },
  ],
  invalid: [
    {
      name: 'container_engine_t before 1.31',
      code: pod('{type: container_engine_t}', '{}'),
      config: { kubernetesVersion: '1.30' },
      errors: [{ message: 'Pod/web sets the SELinux type "container_engine_t"', line: 7, column: 22, endLine: 7, endColumn: 46, object: 'Pod/web', severity: 'error' }],
      output: null,
    },
    {
      name: 'a host type in a container, user and role at the pod level',
      code: pod('{user: system_u, role: system_r}', '{type: spc_t}'),
      errors: [
        { message: 'Pod/web sets the SELinux user "system_u"', line: 7, column: 22, endLine: 7, endColumn: 36 },
        { message: 'Pod/web sets the SELinux role "system_r"', line: 7, column: 38, endLine: 7, endColumn: 52 },
        { message: 'Container "app" sets the SELinux type "spc_t"', line: 11, column: 26, endLine: 11, endColumn: 37, object: 'Pod/web container/app' },
      ],
      output: null,
    },
    {
      name: 'types are exact case',
      code: pod('{}', '{type: Container_T}'),
      errors: [{ line: 11, column: 26, endLine: 11, endColumn: 43 }],
      output: null,
    },
  ],
});
