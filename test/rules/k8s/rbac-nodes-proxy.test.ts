import rule from '../../../rules/src/rules/k8s/rbac-nodes-proxy.js';
import { runRuleTests } from '../../rule-tester.js';

const role = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: monitoring\nrules:\n${rules}`;

runRuleTests(rule, {
  valid: [
    { name: 'nodes and nodes/metrics', code: role('  - apiGroups: [""]\n    resources: [nodes, nodes/metrics, nodes/stats]\n    verbs: [get, list]\n') },
    { name: 'no verbs grants nothing', code: role('  - apiGroups: [""]\n    resources: [nodes/proxy]\n    verbs: []\n') },
    { name: 'another API group', code: role('  - apiGroups: [metrics.k8s.io]\n    resources: [nodes/proxy]\n    verbs: [get]\n') },
  ],
  invalid: [
    {
      name: 'get on nodes/proxy (the Prometheus pattern)',
      code: role('  - apiGroups: [""]\n    resources: [nodes, nodes/proxy]\n    verbs: [get, list, watch]\n'),
      errors: [{ message: 'Rule 1 of ClusterRole/monitoring grants get, list and watch on nodes/proxy: whoever holds it can call the kubelet API of the nodes directly', line: 7, column: 24, endLine: 7, endColumn: 35, object: 'ClusterRole/monitoring', severity: 'warning' }],
      output: null,
    },
    {
      name: 'a "*" verb, and "*/proxy"',
      code: role('  - apiGroups: ["", apps]\n    resources: ["*/proxy"]\n    verbs: ["*"]\n'),
      errors: [{ message: 'grants every verb ("*") on */proxy', line: 7, column: 17, endLine: 7, endColumn: 26 }],
      output: null,
    },
  ],
});
