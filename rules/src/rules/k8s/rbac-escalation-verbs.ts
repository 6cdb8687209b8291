import { coversGroup, listText, policyRules, resourceEntry, ruleLabel, verbEntry, WILDCARD, type Entry, type PolicyRule } from '../../kubernetes/rbac.js';
import { defineRule } from '../../rule.js';

interface Escalation {
  verb: string;
  targets: readonly [group: string, resource: string][];
  consequence: string;
}

const ROLES: Escalation['targets'] = [
  ['rbac.authorization.k8s.io', 'roles'],
  ['rbac.authorization.k8s.io', 'clusterroles'],
];
const ESCALATIONS: readonly Escalation[] = [
  { verb: 'escalate', targets: ROLES, consequence: 'write roles with permissions it does not have' },
  { verb: 'bind', targets: ROLES, consequence: 'bind any role, cluster-admin included, to itself' },
  {
    verb: 'impersonate',
    targets: [
      ['', 'users'],
      ['', 'groups'],
      ['', 'serviceaccounts'],
      ['authentication.k8s.io', 'uids'],
    ],
    consequence: 'act as other users, groups or service accounts',
  },
];

interface Grant {
  escalation: Escalation;
  verb: Entry;
  resource: Entry;
}

export default defineRule({
  id: 'k8s/rbac-escalation-verbs',
  severity: 'error',
  fix: 'none',
  risk: 'orchestrator',
  title: 'RBAC rule grants escalate, bind or impersonate',
  references: ['CIS-K 5.1.8'],
  aliases: ['KSV-0043', 'KSV-0050', 'CKV_K8S_157', 'CKV_K8S_158', 'C-0191'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const rule of policyRules(ctx)) {
      const grants = grantsOf(rule);
      if (grants.length === 0) continue;
      // Anchor on the first escalation verb written out, else on the first resource it reaches.
      const written = grants.filter((g) => g.verb.value !== WILDCARD).map((g) => g.verb);
      const at = first(written.length > 0 ? written : grants.map((g) => g.resource)).node;
      const verbs = unique(grants.map((g) => g.escalation.verb));
      const resources = unique(grants.map((g) => g.resource.value));
      const consequences = unique(grants.map((g) => g.escalation.consequence));
      ctx.report({
        at,
        message: `${ruleLabel(rule)} grants ${listText(verbs)} on ${listText(resources)}: whoever holds it can ${listText(consequences)}, and so gain permissions beyond its own.`,
        object: rule.role.resource.label,
      });
    }
  },
});

/**
 * Escalations the rule grants where the verb or the resource is written out: a grant reached only
 * through "*" verbs on "*" resources is rbac-wildcard's finding.
 */
function grantsOf(rule: PolicyRule): Grant[] {
  const out: Grant[] = [];
  for (const escalation of ESCALATIONS) {
    const verb = verbEntry(rule, escalation.verb);
    if (!verb) continue;
    // bind and escalate limited to named roles is how Kubernetes documents granting them safely.
    if (escalation.verb !== 'impersonate' && rule.resourceNames.length > 0) continue;
    for (const [group, name] of escalation.targets) {
      const resource = coversGroup(rule, group) ? resourceEntry(rule, name) : undefined;
      if (!resource || (verb.value === WILDCARD && resource.value === WILDCARD)) continue;
      out.push({ escalation, verb, resource });
    }
  }
  return out;
}

function first(entries: Entry[]): Entry {
  return entries.reduce((a, b) => ((b.node.range?.[0] ?? 0) < (a.node.range?.[0] ?? 0) ? b : a));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
