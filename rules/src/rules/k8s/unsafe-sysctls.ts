import { podSpecs } from '../../kubernetes/pod-specs.js';
import { pssMinor } from '../../kubernetes/pss.js';
import { safeSince, safeSysctls } from '../../kubernetes/sysctls.js';
import { defineRule } from '../../rule.js';
import { findPair, getNode, items, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/unsafe-sysctls',
  severity: 'error',
  fix: 'none',
  risk: 'host',
  title: 'Pod sets a sysctl outside the safe set',
  references: ['PSS-B'],
  aliases: ['KSV-0026', 'unsafe-sysctls'],
  appliesTo: 'k8s',
  check(ctx) {
    const safe = safeSysctls(ctx);
    for (const podSpec of podSpecs(ctx)) {
      // A pod-only field: containers have no sysctls of their own.
      for (const item of items(getNode(podSpec.securityContext, 'sysctls', podSpec.doc), podSpec.doc)) {
        const name = findPair(item, 'name', podSpec.doc);
        const value = stringValue(name?.value);
        if (!name || value === undefined || safe.has(value)) continue;
        const since = safeSince(value);
        const hint = since !== undefined ? ` (it is safe from Kubernetes 1.${since}; kubernetesVersion is 1.${pssMinor(ctx)})` : '';
        ctx.report({
          at: name.pair,
          message: `${podSpec.label} sets the sysctl "${value}", which is not in the safe set${hint}: it may not be isolated from other pods and can change the node's kernel behaviour.`,
          object: podSpec.label,
        });
      }
    }
  },
});
