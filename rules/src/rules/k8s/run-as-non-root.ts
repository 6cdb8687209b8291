import { podSecurityContextFix } from '../../kubernetes/pod-fixes.js';
import { containers, podSpecs } from '../../kubernetes/pod-specs.js';
import { userNamespaceRelaxed } from '../../kubernetes/pss.js';
import { containerSetting, podSetting } from '../../kubernetes/security-context.js';
import { defineRule } from '../../rule.js';
import { isTrue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/run-as-non-root',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'container',
  title: 'Container may run as root',
  references: ['PSS-R'],
  aliases: ['KSV-0012', 'CKV_K8S_23', 'run-as-non-root', 'C-0013'],
  appliesTo: 'k8s',
  profile: 'restricted',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      if (userNamespaceRelaxed(ctx, podSpec)) continue;
      const podFix = () => podSecurityContextFix(ctx, podSpec, 'runAsNonRoot', true, 'Set runAsNonRoot: true for the pod');
      const pod = podSetting(podSpec, 'runAsNonRoot');
      // An explicit pod-level value other than true fails even when every container sets true.
      if (pod && !isTrue(pod.node)) {
        ctx.report({
          at: pod.pair,
          message: `${podSpec.label} sets runAsNonRoot: false for the whole pod, so its containers may run as root.`,
          object: podSpec.label,
          fix: podFix,
        });
      }
      for (const container of containers(podSpec)) {
        const own = containerSetting(container, 'runAsNonRoot');
        if (own) {
          // The pod-level fix cannot override a container's own false: that needs a person's decision.
          if (!isTrue(own.node)) {
            ctx.report({ at: own.pair, message: `Container "${container.name}" sets runAsNonRoot: false, so it may run as root.`, object: container.label });
          }
          continue;
        }
        // Undefined inherits the pod: true passes, a pod-level false was reported above.
        if (pod) continue;
        ctx.report({
          at: container.anchor,
          message: `Container "${container.name}" may run as root: neither it nor the pod sets runAsNonRoot: true.`,
          object: container.label,
          missing: true,
          fix: podFix,
        });
      }
    }
  },
});
