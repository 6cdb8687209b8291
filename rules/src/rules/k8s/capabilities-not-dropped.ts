import { appendItem, raw, setIn } from '../../fix/yaml-edits.js';
import { BASELINE_CAPABILITIES, capabilities, capabilityEntries, dropsAll, RESTRICTED_ADDABLE_CAPABILITY, type Capabilities } from '../../kubernetes/capabilities.js';
import { allContainers, type Container } from '../../kubernetes/pod-specs.js';
import { PSS_SINCE, pssAtLeast, windowsExempt } from '../../kubernetes/pss.js';
import { singleEditFix, defineRule, type RuleContext } from '../../rule.js';
import type { Edit } from '../../types.js';
import type { YNode } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/capabilities-not-dropped',
  severity: 'warning',
  fix: 'safe',
  risk: 'container',
  title: 'Container keeps Linux capabilities it does not need',
  references: ['PSS-R'],
  aliases: ['KSV-0003', 'KSV-0106', 'CKV_K8S_37', 'C-0055'],
  appliesTo: 'k8s',
  profile: 'restricted',
  check(ctx) {
    // `capabilities_restricted` exists from Kubernetes 1.22.
    if (!pssAtLeast(ctx, PSS_SINCE.capabilitiesRestricted)) return;
    for (const container of allContainers(ctx)) {
      if (windowsExempt(ctx, container.podSpec)) continue;
      const caps = capabilities(container);
      if (!dropsAll(caps, container)) {
        ctx.report({
          // On the key: a block list's range runs on to the next line.
          at: (caps?.drop?.key ?? caps?.setting.pair.key ?? container.anchor) as YNode,
          message: `Container "${container.name}" does not drop ALL capabilities, so it keeps the runtime's default set (such as CHOWN, DAC_OVERRIDE and SETUID) that an attacker can use.`,
          object: container.label,
          // A patch's own drop list replaces the base's, so only an absent list may come from the base.
          missing: !caps?.drop,
          fix: () => singleEditFix('Add drop: ["ALL"] to the container capabilities', dropAllEdit(ctx, container, caps)),
        });
      }
      for (const entry of capabilityEntries(caps?.addSeq, container)) {
        // Names outside the baseline set are reported by k8s/dangerous-capabilities; only the
        // baseline ones the restricted profile still forbids are reported here.
        if (entry.name === undefined || entry.name === RESTRICTED_ADDABLE_CAPABILITY || !BASELINE_CAPABILITIES.has(entry.name)) continue;
        ctx.report({
          at: entry.node,
          message: `Container "${container.name}" adds the capability "${entry.name}"; the restricted Pod Security Standard allows adding only NET_BIND_SERVICE.`,
          object: container.label,
        });
      }
    }
  },
});

/** Appends ALL to an existing drop list; otherwise creates `drop: ["ALL"]` where it belongs. */
function dropAllEdit(ctx: RuleContext, container: Container, caps: Capabilities | undefined): Edit | null {
  const { doc } = container.podSpec;
  if (caps?.dropSeq) return caps.drop!.merged ? null : appendItem(ctx.file, caps.dropSeq, 'ALL', doc);
  return setIn(ctx.file, container.node, ['securityContext', 'capabilities', 'drop'], raw('["ALL"]'), doc);
}
