import { coversGroup, grantedVerbs, namedResourceEntry, policyRules, roleScope, ruleLabel, verbsText } from '../../kubernetes/rbac.js';
import { defineRule } from '../../rule.js';

const READ_VERBS = ['get', 'list', 'watch'];

export default defineRule({
  id: 'k8s/rbac-secrets-access',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'RBAC rule lets its holder read Secrets',
  references: ['CIS-K 5.1.2'],
  aliases: ['KSV-0041', 'CKV2_K8S_5', 'C-0015'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const rule of policyRules(ctx)) {
      // Reading Secrets listed by name is the least-privilege way to give a workload its own Secret.
      if (rule.resourceNames.length > 0 || !coversGroup(rule, '')) continue;
      // A bare "*" resource is rbac-wildcard's finding; a "*" verb on secrets is this rule's.
      const entry = namedResourceEntry(rule, 'secrets');
      const verbs = grantedVerbs(rule, READ_VERBS);
      if (!entry || verbs.length === 0) continue;
      ctx.report({
        at: entry.node,
        message: `${ruleLabel(rule)} grants ${verbsText(rule, verbs)} on secrets: whoever holds it can read every Secret (service account tokens, passwords, keys) ${roleScope(rule.role)}.`,
        object: rule.role.resource.label,
      });
    }
  },
});
