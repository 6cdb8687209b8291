import { removeEntry } from '../../fix/yaml-edits.js';
import { kubeconfigClusters } from '../../kubernetes/kubeconfig.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { findPair, isTrue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'kubeconfig/insecure-skip-tls-verify',
  severity: 'error',
  fix: 'unsafe',
  risk: 'orchestrator',
  title: "kubectl does not verify the API server's certificate",
  references: [],
  aliases: [],
  appliesTo: 'kubeconfig',
  check(ctx) {
    for (const cluster of kubeconfigClusters(ctx)) {
      const skip = findPair(cluster.settings, 'insecure-skip-tls-verify', cluster.doc);
      if (!skip || !isTrue(skip.value)) continue;
      // Unsafe: without the flag kubectl needs the cluster's CA (certificate-authority[-data]) to connect.
      const edit = skip.merged ? null : removeEntry(ctx.file, cluster.settings, skip.pair, cluster.doc);
      ctx.report({
        at: skip.pair,
        message: `Cluster "${cluster.name}" is reached with insecure-skip-tls-verify: true: any server can pose as the API server and receive the credentials kubectl sends.`,
        object: cluster.label,
        fix: singleEditFix('Remove insecure-skip-tls-verify', edit),
      });
    }
  },
});
