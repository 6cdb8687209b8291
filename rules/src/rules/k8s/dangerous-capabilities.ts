import { removeItem } from '../../fix/yaml-edits.js';
import { BASELINE_CAPABILITIES, capabilities, capabilityEntries } from '../../kubernetes/capabilities.js';
import { allContainers } from '../../kubernetes/pod-specs.js';
import { singleEditFix, defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/dangerous-capabilities',
  severity: 'error',
  fix: 'unsafe',
  risk: 'host',
  title: 'Container adds a capability outside the baseline set',
  references: ['PSS-B'],
  aliases: ['KSV-0022', 'CKV_K8S_25', 'CKV_K8S_39', 'C-0046'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of allContainers(ctx)) {
      const caps = capabilities(container);
      const addSeq = caps?.addSeq;
      if (!caps || !addSeq) continue;
      for (const entry of capabilityEntries(addSeq, container)) {
        // Pod Security compares names exactly: `sys_admin` or `CAP_CHOWN` are not in the allowed set either.
        if (entry.name === undefined || BASELINE_CAPABILITIES.has(entry.name)) continue;
        ctx.report({
          at: entry.node,
          message: `Container "${container.name}" adds the capability "${entry.name}", which the baseline Pod Security Standard forbids: it gives the container powers over the node's kernel beyond a normal process.`,
          object: container.label,
          fix: () => singleEditFix(`Remove ${entry.name} from capabilities.add`, caps.add!.merged ? null : removeItem(ctx.file, addSeq, entry.node, container.podSpec.doc)),
        });
      }
    }
  },
});
