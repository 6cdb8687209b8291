import rule from '../../../rules/src/rules/k8s/rbac-cluster-admin-binding.js';
import { runRuleTests } from '../../rule-tester.js';

const binding = (kind: string, roleKind: string, roleName: string, extra = '') =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: b${extra}\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ${roleKind}\n  name: ${roleName}\nsubjects:\n  - kind: User\n    name: jane\n    apiGroup: rbac.authorization.k8s.io\n`;

runRuleTests(rule, {
  valid: [
    { name: 'view cluster-wide', code: binding('ClusterRoleBinding', 'ClusterRole', 'view') },
    { name: 'edit in one namespace is how the role is meant to be used', code: binding('RoleBinding', 'ClusterRole', 'edit', '\n  namespace: shop') },
    { name: 'a Role that happens to be called cluster-admin is not the built-in one', code: binding('RoleBinding', 'Role', 'cluster-admin') },
  ],
  invalid: [
    {
      name: 'ClusterRoleBinding to cluster-admin',
      code: binding('ClusterRoleBinding', 'ClusterRole', 'cluster-admin'),
      errors: [{ message: 'ClusterRoleBinding/b gives User jane the cluster-admin role: full control of every resource in every namespace, nodes and RBAC included.', line: 8, column: 9, endLine: 8, endColumn: 22, object: 'ClusterRoleBinding/b', severity: 'error' }],
      output: null,
    },
    {
      name: 'RoleBinding to cluster-admin in a namespace',
      code: binding('RoleBinding', 'ClusterRole', 'cluster-admin', '\n  namespace: shop'),
      errors: [{ message: 'RoleBinding/b gives User jane the cluster-admin role: full control of every resource in namespace shop, its RBAC included.', line: 9, column: 9, endLine: 9, endColumn: 22, severity: 'error' }],
      output: null,
    },
    {
      name: 'admin and edit through a ClusterRoleBinding are warnings',
      code: binding('ClusterRoleBinding', 'ClusterRole', 'edit') + '---\n' + binding('ClusterRoleBinding', 'ClusterRole', 'admin').replace('name: b', 'name: c'),
      errors: [
        { message: 'ClusterRoleBinding/b gives User jane the edit role in every namespace: they can read every Secret and run any workload in all namespaces, including kube-system.', line: 8, column: 9, endLine: 8, endColumn: 13, severity: 'warning' },
        { message: 'ClusterRoleBinding/c gives User jane the admin role in every namespace', line: 21, column: 9, endLine: 21, endColumn: 14, severity: 'warning', object: 'ClusterRoleBinding/c' },
      ],
      output: null,
    },
    {
      name: 'the configured severity wins over the per-finding one',
      code: binding('ClusterRoleBinding', 'ClusterRole', 'admin'),
      config: { rules: { 'k8s/rbac-cluster-admin-binding': 'error' } },
      errors: [{ message: 'the admin role', line: 8, column: 9, endLine: 8, endColumn: 14, severity: 'error' }],
      output: null,
    },
  ],
});
