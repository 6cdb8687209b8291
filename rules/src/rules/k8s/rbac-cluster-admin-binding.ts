import { bindings, subjectsText } from '../../kubernetes/rbac.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/rbac-cluster-admin-binding',
  severity: 'error',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Binding grants cluster-admin (or admin/edit cluster-wide)',
  references: ['CIS-K 5.1.1'],
  aliases: ['KSV-0111', 'cluster-admin-role-binding', 'C-0185'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const binding of bindings(ctx)) {
      if (binding.roleKind !== 'ClusterRole' || !binding.roleNameNode) continue;
      const { resource, roleName } = binding;
      const clusterWide = resource.kind === 'ClusterRoleBinding';
      const where = clusterWide ? 'in every namespace' : `in ${resource.namespace ? `namespace ${resource.namespace}` : 'its namespace'}`;
      if (roleName === 'cluster-admin') {
        ctx.report({
          at: binding.roleNameNode,
          message: `${resource.label} gives ${subjectsText(binding)} the cluster-admin role: full control of every resource ${where}${clusterWide ? ', nodes and RBAC included' : ', its RBAC included'}.`,
          object: resource.label,
        });
      } else if ((roleName === 'admin' || roleName === 'edit') && clusterWide) {
        // admin and edit are meant to be granted per namespace with a RoleBinding; only a
        // ClusterRoleBinding, which grants them in every namespace, is reported.
        ctx.report({
          at: binding.roleNameNode,
          message: `${resource.label} gives ${subjectsText(binding)} the ${roleName} role ${where}: they can read every Secret and run any workload in all namespaces, including kube-system.`,
          object: resource.label,
          severity: 'warning',
        });
      }
    }
  },
});
