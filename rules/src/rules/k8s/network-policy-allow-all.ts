import { isNullValue } from '../../kubernetes/null-values.js';
import { readNetworkPolicy, type NetworkPolicyModel, type PolicyType } from '../../kubernetes/network.js';
import { resources } from '../../kubernetes/resources.js';
import { defineRule } from '../../rule.js';
import { getNode, isMap, isSeq, items, type YNode } from '../../yaml/nodes.js';

const DIRECTIONS: readonly { type: PolicyType; section: 'ingress' | 'egress'; peers: string; text: string }[] = [
  { type: 'Ingress', section: 'ingress', peers: 'from', text: 'from every source' },
  { type: 'Egress', section: 'egress', peers: 'to', text: 'to every destination' },
];

export default defineRule({
  id: 'k8s/network-policy-allow-all',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'NetworkPolicy allows all traffic',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const resource of resources(ctx)) {
      const policy = readNetworkPolicy(resource);
      if (!policy) continue;
      for (const direction of DIRECTIONS) {
        // Rules of a direction the policy does not govern (policyTypes) are ignored by the cluster.
        if (!policy.policyTypes.includes(direction.type)) continue;
        for (const rule of allowAllRules(policy, direction.section, direction.peers)) {
          ctx.report({
            at: rule,
            message: `${resource.label} has an ${direction.section} rule with no peers and no ports: it allows all ${direction.section} traffic ${direction.text} on every port for the pods it selects, which undoes their isolation.`,
            object: resource.label,
          });
        }
      }
    }
  },
});

/** Rules whose peer list (`from`/`to`) and `ports` are both absent, null or empty: they match all traffic. */
function allowAllRules(policy: NetworkPolicyModel, section: 'ingress' | 'egress', peers: string): YNode[] {
  const { doc } = policy.resource;
  const list = policy[section];
  if (!isSeq(list)) return [];
  return items(list, doc).filter((rule) => (isMap(rule) || isNullValue(rule)) && isEmptyList(getNode(rule, peers, doc)) && isEmptyList(getNode(rule, 'ports', doc)));
}

function isEmptyList(node: unknown): boolean {
  return isNullValue(node) || (isSeq(node) && node.items.length === 0);
}
