import { isService } from '../../kubernetes/network.js';
import { resources } from '../../kubernetes/resources.js';
import { defineRule } from '../../rule.js';
import { getIn, stringValue } from '../../yaml/nodes.js';

const EXPOSURE: Record<string, string> = {
  NodePort: 'opens a port on every node of the cluster',
  LoadBalancer: 'asks the cloud provider for a load balancer, usually reachable from the internet, and opens a port on every node',
};

export default defineRule({
  id: 'k8s/service-exposure',
  severity: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Service is exposed outside the cluster',
  references: [],
  aliases: ['exposed-services', 'C-0256'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const resource of resources(ctx)) {
      if (!isService(resource)) continue;
      const typeNode = getIn(resource.node, ['spec', 'type'], resource.doc);
      const type = stringValue(typeNode);
      if (!typeNode || type === undefined || !EXPOSURE[type]) continue;
      ctx.report({
        at: typeNode,
        message: `${resource.label} is of type ${type}: it ${EXPOSURE[type]}, so its pods can be reached from outside the cluster.`,
        object: resource.label,
      });
    }
  },
});
