import { resources } from '../../kubernetes/resources.js';
import { defineRule } from '../../rule.js';
import { getIn, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/default-namespace',
  severity: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Object is placed in the default namespace',
  references: ['CIS-K 5.7.4'],
  aliases: ['KSV-0110', 'CKV_K8S_21'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const resource of resources(ctx)) {
      // Only an explicit value: an omitted namespace is chosen at apply time (kubectl -n, kustomize, Helm).
      const node = getIn(resource.node, ['metadata', 'namespace'], resource.doc);
      if (!node || stringValue(node) !== 'default') continue;
      ctx.report({
        at: node,
        message: `${resource.label} is placed in the default namespace, which shares its policies, quotas and permissions with everything else put there.`,
        object: resource.label,
      });
    }
  },
});
