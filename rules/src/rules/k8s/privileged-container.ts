import { setScalar } from '../../fix/yaml-edits.js';
import { allContainers } from '../../kubernetes/pod-specs.js';
import { containerSetting } from '../../kubernetes/security-context.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { isTrue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/privileged-container',
  severity: 'error',
  fix: 'safe',
  risk: 'host',
  title: 'Container runs privileged',
  references: ['PSS-B'],
  aliases: ['KSV-0017', 'CKV_K8S_16', 'privileged-container', 'C-0057'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of allContainers(ctx)) {
      // `privileged` only exists on containers: there is no pod-level value to inherit.
      const privileged = containerSetting(container, 'privileged');
      if (!privileged || !isTrue(privileged.node)) continue;
      ctx.report({
        at: privileged.pair,
        message: `Container "${container.name}" runs privileged: it gets every capability and the node's devices, so escaping to the host is trivial.`,
        object: container.label,
        fix: () => singleEditFix('Set privileged: false', setScalar(privileged.node, false, container.podSpec.doc)),
      });
    }
  },
});
