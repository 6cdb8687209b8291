import rule from '../../../rules/src/rules/k8s/host-namespaces.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}  containers:\n    - name: app\n`;

runRuleTests(rule, {
  valid: [
    { name: 'no host namespace fields', code: pod('') },
    { name: 'all three explicitly false', code: pod('  hostNetwork: false\n  hostPID: false\n  hostIPC: false\n') },
    { name: 'null is unset', code: pod('  hostNetwork:\n  hostPID: ~\n') },
    { name: 'fields of the container are not pod fields', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, hostNetwork: true}]\n' },
  ],
  invalid: [
    {
      name: 'one finding per field, each removed',
      code: pod('  hostNetwork: true\n  hostPID: false\n  hostIPC: true\n'),
      errors: [
        { message: 'sets hostNetwork: true', line: 6, column: 3, endLine: 6, endColumn: 20, object: 'Pod/web', severity: 'error' },
        { message: 'sets hostIPC: true', line: 8, column: 3, endLine: 8, endColumn: 16, object: 'Pod/web' },
      ],
      output: pod('  hostPID: false\n'),
    },
    {
      name: 'hostPID in a Deployment template, flow style',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec: {hostPID: true, containers: [{name: app}]}\n',
      errors: [{ message: 'sees every process of the node', line: 6, column: 12, endLine: 6, endColumn: 25, object: 'Deployment/d' }],
      output: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec: {containers: [{name: app}]}\n',
    },
    {
      name: 'a comment above the field goes with it',
      code: pod('  # debugging only\n  hostNetwork: true\n  dnsPolicy: ClusterFirstWithHostNet\n'),
      errors: [{ line: 7, column: 3, endLine: 7, endColumn: 20 }],
      output: pod('  dnsPolicy: ClusterFirstWithHostNet\n'),
    },
    {
      name: 'a value from a merge key is reported where the pod uses it, without a fix',
      code: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n  spec:\n    <<: &host {hostNetwork: true}\n    containers: [{name: c}]\n',
      errors: [{ line: 8, column: 16, endLine: 8, endColumn: 33, object: 'Pod/a' }],
      output: null,
    },
  ],
});
