import { podSpecs } from '../../kubernetes/pod-specs.js';
import { defineRule } from '../../rule.js';
import { findPair, items } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/host-aliases',
  severity: 'info',
  fix: 'none',
  risk: 'container',
  title: 'Pod rewrites its /etc/hosts',
  references: [],
  aliases: ['KSV-0007'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      const found = findPair(podSpec.node, 'hostAliases', podSpec.doc);
      if (!found || items(found.value, podSpec.doc).length === 0) continue;
      ctx.report({
        at: found.key,
        message: `${podSpec.label} sets hostAliases: its /etc/hosts entries override DNS, which can silently send traffic for a name somewhere else.`,
        object: podSpec.label,
      });
    }
  },
});
