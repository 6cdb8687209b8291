import { coversGroup, listText, namedResourceEntry, policyRules, ruleLabel } from '../../kubernetes/rbac.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/rbac-nodes-proxy',
  severity: 'warning',
  fix: 'none',
  risk: 'host',
  title: 'RBAC rule grants access to nodes/proxy',
  references: [],
  aliases: ['KSV-0047', 'C-0279'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const rule of policyRules(ctx)) {
      if (!coversGroup(rule, '') || rule.verbs.length === 0) continue;
      const entry = namedResourceEntry(rule, 'nodes/proxy');
      if (!entry) continue;
      const verbs = rule.verbs.some((e) => e.value === '*') ? 'every verb ("*")' : listText(rule.verbs.map((e) => e.value));
      ctx.report({
        at: entry.node,
        message: `${ruleLabel(rule)} grants ${verbs} on ${entry.value}: whoever holds it can call the kubelet API of the nodes directly, which can run commands in any pod of the node and is not seen by admission control or the API server's audit log.`,
        object: rule.role.resource.label,
      });
    }
  },
});
