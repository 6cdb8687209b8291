import rule from '../../../rules/src/rules/k8s/rbac-secrets-access.js';
import { runRuleTests } from '../../rule-tester.js';

const role = (rules: string, kind = 'ClusterRole', namespace = '') => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: reader${namespace ? `\n  namespace: ${namespace}` : ''}\nrules:\n${rules}`;

runRuleTests(rule, {
  valid: [
    { name: 'create and delete do not read', code: role('  - apiGroups: [""]\n    resources: [secrets]\n    verbs: [create, delete]\n') },
    { name: 'limited to named Secrets', code: role('  - apiGroups: [""]\n    resources: [secrets]\n    resourceNames: [app-tls]\n    verbs: [get]\n') },
    { name: 'secrets of another API group are not the core Secrets', code: role('  - apiGroups: [example.com]\n    resources: [secrets]\n    verbs: [get]\n') },
    { name: 'a bare "*" resource is left to k8s/rbac-wildcard', code: role('  - apiGroups: [""]\n    resources: ["*"]\n    verbs: [get, list]\n') },
    { name: 'no apiGroups: the rule grants nothing', code: role('  - resources: [secrets]\n    verbs: [get]\n') },
  ],
  invalid: [
    {
      name: 'ClusterRole with list and watch',
      code: role('  - apiGroups: [""]\n    resources: [configmaps, secrets]\n    verbs: [list, watch]\n'),
      errors: [{ message: 'Rule 1 of ClusterRole/reader grants list and watch on secrets: whoever holds it can read every Secret (service account tokens, passwords, keys) in every namespace where it is bound.', line: 7, column: 29, endLine: 7, endColumn: 36, object: 'ClusterRole/reader', severity: 'warning' }],
      output: null,
    },
    {
      name: 'Role: a "*" verb and a "*" API group grant get, list and watch',
      code: role('  - apiGroups: ["*"]\n    resources:\n      - secrets\n    verbs: ["*"]\n', 'Role', 'shop'),
      errors: [{ message: 'Rule 1 of Role/reader grants get, list and watch (through "*") on secrets: whoever holds it can read every Secret (service account tokens, passwords, keys) in namespace shop.', line: 9, column: 9, endLine: 9, endColumn: 16, object: 'Role/reader' }],
      output: null,
    },
  ],
});
