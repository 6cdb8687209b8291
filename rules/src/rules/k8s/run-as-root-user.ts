import { setScalar } from '../../fix/yaml-edits.js';
import { containers, podSpecs } from '../../kubernetes/pod-specs.js';
import { PSS_SINCE, pssAtLeast, userNamespaceRelaxed } from '../../kubernetes/pss.js';
import { explicitSettings } from '../../kubernetes/security-context.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/run-as-root-user',
  severity: 'error',
  fix: 'unsafe',
  risk: 'container',
  title: 'Pod or container runs as user 0 (root)',
  references: ['PSS-R'],
  aliases: ['KSV-0105'],
  appliesTo: 'k8s',
  profile: 'restricted',
  check(ctx) {
    // The restricted `runAsUser` check exists from Kubernetes 1.23.
    if (!pssAtLeast(ctx, PSS_SINCE.runAsUser)) return;
    for (const podSpec of podSpecs(ctx)) {
      // From 1.35 root in a user namespace (hostUsers: false) is not root on the node.
      if (userNamespaceRelaxed(ctx, podSpec)) continue;
      // Each level is judged on its own: a pod-level 0 fails even when every container overrides it.
      for (const setting of explicitSettings(podSpec, containers(podSpec), 'runAsUser')) {
        if (stringValue(setting.node) !== '0') continue;
        ctx.report({
          at: setting.pair,
          message: `${setting.owner} sets runAsUser: 0, so its processes run as root, the same user as root on the node.`,
          object: setting.object,
          fix: () => singleEditFix('Run as user 10001', setting.merged ? null : setScalar(setting.node, 10001, podSpec.doc)),
        });
      }
    }
  },
});
