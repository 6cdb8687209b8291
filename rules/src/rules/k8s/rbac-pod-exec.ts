import { coversGroup, namedResourceEntry, policyRules, roleScope, ruleLabel, verbsText } from '../../kubernetes/rbac.js';
import { defineRule } from '../../rule.js';

const SUBRESOURCES: Record<string, string> = {
  'pods/exec': 'run any command in the pods',
  'pods/attach': 'attach to the running processes of the pods',
};

export default defineRule({
  id: 'k8s/rbac-pod-exec',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'RBAC rule lets its holder exec into or attach to pods',
  references: [],
  aliases: ['KSV-0053', 'KSV-0054', 'CKV2_K8S_2', 'C-0002'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const rule of policyRules(ctx)) {
      if (!coversGroup(rule, '') || !rule.verbs.some((e) => e.value === 'create' || e.value === '*')) continue;
      for (const [subresource, consequence] of Object.entries(SUBRESOURCES)) {
        const entry = namedResourceEntry(rule, subresource);
        if (!entry) continue;
        ctx.report({
          at: entry.node,
          message: `${ruleLabel(rule)} grants ${verbsText(rule, ['create'])} on ${entry.value}: whoever holds it can ${consequence} ${roleScope(rule.role)}, and so use their secrets and service accounts.`,
          object: rule.role.resource.label,
        });
      }
    }
  },
});
