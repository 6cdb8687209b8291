import { isService, nonEmptyList } from '../../kubernetes/network.js';
import { resources } from '../../kubernetes/resources.js';
import { defineRule } from '../../rule.js';
import { findPair, getNode, items, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/service-external-ips',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Service sets externalIPs',
  references: [],
  aliases: ['KSV-0108'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const resource of resources(ctx)) {
      if (!isService(resource)) continue;
      const found = findPair(getNode(resource.node, 'spec', resource.doc), 'externalIPs', resource.doc);
      if (!found || !nonEmptyList(found.value)) continue;
      const ips = items(found.value, resource.doc).map(stringValue).filter((v): v is string => v !== undefined);
      ctx.report({
        at: found.key,
        message: `${resource.label} claims the external IP${ips.length === 1 ? '' : 's'} ${ips.join(', ') || 'listed'}: every node sends traffic for ${ips.length === 1 ? 'that address' : 'those addresses'} to this Service, even traffic meant for a machine outside the cluster (CVE-2020-8554).`,
        object: resource.label,
      });
    }
  },
});
