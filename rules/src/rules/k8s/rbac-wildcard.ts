import { listText, policyRules, ruleLabel, WILDCARD, type PolicyRule } from '../../kubernetes/rbac.js';
import { defineRule } from '../../rule.js';

const FIELDS = ['verbs', 'resources', 'apiGroups'] as const;

export default defineRule({
  id: 'k8s/rbac-wildcard',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'RBAC rule grants "*"',
  references: ['CIS-K 5.1.3'],
  aliases: ['KSV-0044', 'KSV-0045', 'KSV-0046', 'CKV_K8S_49', 'C-0187'],
  appliesTo: 'k8s',
  check(ctx) {
    // One finding per rule, however many of its fields hold "*". The specific RBAC rules stay silent
    // about grants reached only through a bare "*" resource: this finding covers them.
    for (const rule of policyRules(ctx)) {
      const fields = FIELDS.filter((f) => rule[f].some((e) => e.value === WILDCARD));
      if (fields.length === 0) continue;
      const at = rule[fields[0]].find((e) => e.value === WILDCARD)!.node;
      ctx.report({
        at,
        message: `${ruleLabel(rule)} uses "*" in ${listText(fields)}: it grants ${scope(rule)}.`,
        object: rule.role.resource.label,
      });
    }
  },
});

function scope(rule: PolicyRule): string {
  const has = (field: (typeof FIELDS)[number]) => rule[field].some((e) => e.value === WILDCARD);
  const verbs = has('verbs') ? 'every verb' : listText(rule.verbs.map((e) => e.value));
  const resources = has('resources')
    ? 'every resource (secrets, pods/exec and nodes/proxy included)'
    : rule.resources.length > 0
      ? listText(rule.resources.map((e) => e.value))
      : 'non-resource URLs';
  const groups = has('apiGroups') ? ' of every API group' : '';
  const future = has('resources') || has('apiGroups') ? ', now and as future versions and CRDs add more' : '';
  return `${verbs} on ${resources}${groups}${future}`;
}
