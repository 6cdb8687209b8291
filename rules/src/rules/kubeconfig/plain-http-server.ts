import { kubeconfigClusters } from '../../kubernetes/kubeconfig.js';
import { defineRule } from '../../rule.js';
import { findPair, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'kubeconfig/plain-http-server',
  severity: 'error',
  fix: 'none',
  risk: 'orchestrator',
  title: 'kubeconfig reaches the API server over plain HTTP',
  references: [],
  aliases: [],
  appliesTo: 'kubeconfig',
  check(ctx) {
    for (const cluster of kubeconfigClusters(ctx)) {
      const server = findPair(cluster.settings, 'server', cluster.doc);
      const url = stringValue(server?.value)?.trim();
      if (!server || !url || !/^http:\/\//i.test(url)) continue;
      ctx.report({
        at: server.value ?? server.pair,
        message: `Cluster "${cluster.name}" is reached over plain HTTP (${url}): credentials and every request and response cross the network unencrypted.`,
        object: cluster.label,
      });
    }
  },
});
