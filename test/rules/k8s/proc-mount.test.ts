import rule from '../../../rules/src/rules/k8s/proc-mount.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string, sc: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}  containers:\n    - name: app\n      securityContext:\n${sc}`;
const unmasked = '        procMount: Unmasked\n';

runRuleTests(rule, {
  valid: [
    { name: 'Default', code: pod('', '        procMount: Default\n') },
    { name: 'unset', code: pod('', '        runAsNonRoot: true\n') },
    { name: 'baseline profile from 1.35: any value with hostUsers: false', code: pod('  hostUsers: false\n', unmasked), config: { kubernetesVersion: '1.35', profile: 'baseline' } },
    { name: 'a pod-level procMount is ignored by Kubernetes', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {procMount: Unmasked}\n  containers: [{name: a}]\n' },
  ],
  invalid: [
    {
      name: 'Unmasked is removed',
      code: pod('', '        runAsNonRoot: true\n' + unmasked),
      errors: [{ message: 'Container "app" sets procMount: Unmasked, so its /proc is not masked', line: 10, column: 9, endLine: 10, endColumn: 28, object: 'Pod/web container/app', severity: 'error' }],
      output: pod('', '        runAsNonRoot: true\n'),
    },
    {
      name: 'baseline profile before 1.35: hostUsers: false does not relax the check',
      code: pod('  hostUsers: false\n', unmasked),
      config: { kubernetesVersion: '1.34', profile: 'baseline' },
      errors: [{ message: 'so its /proc is not masked', line: 10, column: 9, endLine: 10, endColumn: 28 }],
      output: pod('  hostUsers: false\n', ''),
    },
    {
      name: 'restricted profile from 1.35 (procMount_restricted): no relaxation for hostUsers: false',
      code: pod('  hostUsers: false\n', unmasked),
      config: { kubernetesVersion: '1.35', profile: 'restricted' },
      errors: [{ message: 'the restricted profile forbids an unmasked /proc even in a user namespace', line: 10, column: 9, endLine: 10, endColumn: 28 }],
      output: pod('  hostUsers: false\n', ''),
    },
    {
      name: 'ephemeral containers count; flow style',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a}]\n  ephemeralContainers: [{name: debug, securityContext: {procMount: Unmasked, privileged: false}}]\n',
      errors: [{ line: 6, column: 57, endLine: 6, endColumn: 76, object: 'Pod/p container/debug' }],
      output: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a}]\n  ephemeralContainers: [{name: debug, securityContext: {privileged: false}}]\n',
    },
  ],
});
