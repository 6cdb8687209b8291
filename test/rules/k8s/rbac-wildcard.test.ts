import rule from '../../../rules/src/rules/k8s/rbac-wildcard.js';
import { runRuleTests } from '../../rule-tester.js';

const role = (rules: string, kind = 'ClusterRole') => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: ops\nrules:\n${rules}`;

runRuleTests(rule, {
  valid: [
    { name: 'explicit groups, resources and verbs', code: role('  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get, list]\n') },
    { name: '"pods/*" is not a wildcard for RBAC (it names a resource literally)', code: role('  - apiGroups: [""]\n    resources: ["pods/*"]\n    verbs: [get]\n') },
    { name: 'an aggregated ClusterRole has no rules to judge', code: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: agg}\naggregationRule:\n  clusterRoleSelectors: [{matchLabels: {a: b}}]\nrules:\n  - {apiGroups: ["*"], resources: ["*"], verbs: ["*"]}\n' },
    { name: 'a Role-like kind of another API group is not RBAC', code: 'apiVersion: iam.example.com/v1\nkind: Role\nmetadata: {name: x}\nrules:\n  - {apiGroups: ["*"], resources: ["*"], verbs: ["*"]}\n' },
    { name: '"*" in resourceNames is not a wildcard field of the catalog', code: role('  - apiGroups: [""]\n    resources: [configmaps]\n    resourceNames: ["*"]\n    verbs: [get]\n') },
  ],
  invalid: [
    {
      name: 'one finding per rule, on the "*" verb, naming every field',
      code: role('  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n'),
      errors: [{ message: 'Rule 1 of ClusterRole/ops uses "*" in verbs, resources and apiGroups: it grants every verb on every resource (secrets, pods/exec and nodes/proxy included) of every API group, now and as future versions and CRDs add more.', line: 8, column: 13, endLine: 8, endColumn: 16, object: 'ClusterRole/ops', severity: 'warning' }],
      output: null,
    },
    {
      name: 'Role with a "*" verb on named resources, and a "*" API group in a second rule',
      code: role('  - apiGroups: [""]\n    resources: [configmaps, services]\n    verbs: ["*"]\n  - apiGroups: ["*"]\n    resources: [deployments]\n    verbs: [get]\n', 'Role'),
      errors: [
        { message: 'Rule 1 of Role/ops uses "*" in verbs: it grants every verb on configmaps and services.', line: 8, column: 13, endLine: 8, endColumn: 16, object: 'Role/ops' },
        { message: 'Rule 2 of Role/ops uses "*" in apiGroups: it grants get on deployments of every API group, now and', line: 9, column: 17, endLine: 9, endColumn: 20 },
      ],
      output: null,
    },
    {
      name: 'block sequences, a plain * scalar and a nonResourceURLs rule',
      code: role('  - nonResourceURLs: ["/metrics"]\n    verbs:\n      - "*"\n'),
      errors: [{ message: 'it grants every verb on non-resource URLs.', line: 8, column: 9, endLine: 8, endColumn: 12 }],
      output: null,
    },
  ],
});
