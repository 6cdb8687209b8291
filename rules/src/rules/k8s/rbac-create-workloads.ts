import { coversGroup, grantedVerbs, listText, namedResourceEntry, policyRules, roleScope, ruleLabel, verbsText, type Entry } from '../../kubernetes/rbac.js';
import { defineRule } from '../../rule.js';

/** Resources whose create or update starts pods, with the API groups that serve them. */
const WORKLOADS: readonly [string, readonly string[]][] = [
  ['pods', ['']],
  ['replicationcontrollers', ['']],
  ['deployments', ['apps', 'extensions']],
  ['replicasets', ['apps', 'extensions']],
  ['daemonsets', ['apps', 'extensions']],
  ['statefulsets', ['apps']],
  ['jobs', ['batch']],
  ['cronjobs', ['batch']],
];
const WRITE_VERBS = ['create', 'update', 'patch'];

export default defineRule({
  id: 'k8s/rbac-create-workloads',
  severity: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'RBAC rule lets its holder create or change workloads',
  references: ['CIS-K 5.1.4'],
  aliases: ['KSV-0048', 'C-0188'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const rule of policyRules(ctx)) {
      const verbs = grantedVerbs(rule, WRITE_VERBS);
      if (verbs.length === 0) continue;
      const named: Entry[] = [];
      for (const [resource, groups] of WORKLOADS) {
        const entry = groups.some((g) => coversGroup(rule, g)) ? namedResourceEntry(rule, resource) : undefined;
        if (entry) named.push(entry);
      }
      if (named.length === 0) continue;
      ctx.report({
        at: named[0].node,
        message: `${ruleLabel(rule)} grants ${verbsText(rule, verbs)} on ${listText(named.map((e) => e.value))}: whoever holds it can start pods ${roleScope(rule.role)} with any image, service account and mounted Secret that admission allows.`,
        object: rule.role.resource.label,
      });
    }
  },
});
