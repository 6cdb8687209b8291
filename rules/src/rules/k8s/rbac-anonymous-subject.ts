import { bindings } from '../../kubernetes/rbac.js';
import { defineRule } from '../../rule.js';
import type { Severity } from '../../types.js';

const ANYONE = 'anyone who can reach the API server gets its permissions without any credentials';
const AUDIENCES: Record<string, { severity: Severity; consequence: string }> = {
  'system:anonymous': { severity: 'error', consequence: ANYONE },
  'system:unauthenticated': { severity: 'error', consequence: ANYONE },
  'system:authenticated': {
    severity: 'warning',
    consequence: 'every authenticated identity gets its permissions, including every service account of every namespace and, on some managed clusters, any account of the cloud provider',
  },
};

/** The discovery roles Kubernetes itself binds to these groups by default. */
const DEFAULT_PUBLIC_ROLES = new Set(['system:public-info-viewer', 'system:discovery', 'system:basic-user']);

export default defineRule({
  id: 'k8s/rbac-anonymous-subject',
  severity: 'error',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Binding grants a role to anonymous or all authenticated users',
  references: [],
  aliases: ['KSV-0122', 'KSV-01011', 'C-0262', 'C-0265'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const binding of bindings(ctx)) {
      if (binding.roleKind === 'ClusterRole' && binding.roleName && DEFAULT_PUBLIC_ROLES.has(binding.roleName)) continue;
      const role = binding.roleName ? `${binding.roleKind ?? 'role'} ${binding.roleName}` : 'its role';
      for (const subject of binding.subjects) {
        const audience = AUDIENCES[subject.name];
        if (!audience || (subject.kind !== undefined && subject.kind !== 'User' && subject.kind !== 'Group')) continue;
        ctx.report({
          at: subject.nameNode,
          message: `${binding.resource.label} grants ${role} to ${subject.name}: ${audience.consequence}.`,
          object: binding.resource.label,
          severity: audience.severity,
        });
      }
    }
  },
});
