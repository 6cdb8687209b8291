import rule from '../../../rules/src/rules/k8s/rbac-escalation-verbs.js';
import { runRuleTests } from '../../rule-tester.js';

const role = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: manager\nrules:\n${rules}`;

runRuleTests(rule, {
  valid: [
    { name: 'reading roles', code: role('  - apiGroups: [rbac.authorization.k8s.io]\n    resources: [roles, clusterroles]\n    verbs: [get, list]\n') },
    { name: 'bind limited to named roles, as the Kubernetes docs recommend', code: role('  - apiGroups: [rbac.authorization.k8s.io]\n    resources: [clusterroles]\n    resourceNames: [view]\n    verbs: [bind]\n') },
    { name: 'bind on a resource where it means nothing', code: role('  - apiGroups: [""]\n    resources: [pods]\n    verbs: [bind]\n') },
    { name: '"*" on "*" is left to k8s/rbac-wildcard', code: role('  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n') },
  ],
  invalid: [
    {
      name: 'escalate and bind: one finding on the first verb written',
      code: role('  - apiGroups: [rbac.authorization.k8s.io]\n    resources: [clusterroles]\n    verbs: [get, bind, escalate]\n'),
      errors: [{ message: 'Rule 1 of ClusterRole/manager grants escalate and bind on clusterroles: whoever holds it can write roles with permissions it does not have and bind any role, cluster-admin included, to itself, and so gain permissions beyond its own.', line: 8, column: 18, endLine: 8, endColumn: 22, object: 'ClusterRole/manager', severity: 'error' }],
      output: null,
    },
    {
      name: 'impersonate on every resource, and even when limited to names',
      code: role('  - apiGroups: [""]\n    resources: ["*"]\n    verbs: [impersonate]\n  - apiGroups: [""]\n    resources: [users]\n    resourceNames: [jane]\n    verbs: [impersonate]\n'),
      errors: [
        { message: 'Rule 1 of ClusterRole/manager grants impersonate on *: whoever holds it can act as other users, groups or service accounts', line: 8, column: 13, endLine: 8, endColumn: 24 },
        { message: 'Rule 2 of ClusterRole/manager grants impersonate on users', line: 12, column: 13, endLine: 12, endColumn: 24 },
      ],
      output: null,
    },
    {
      name: 'a "*" verb on serviceaccounts grants impersonate: anchored on the resource',
      code: role('  - apiGroups: [""]\n    resources: [serviceaccounts]\n    verbs: ["*"]\n'),
      errors: [{ message: 'grants impersonate on serviceaccounts', line: 7, column: 17, endLine: 7, endColumn: 32 }],
      output: null,
    },
  ],
});
