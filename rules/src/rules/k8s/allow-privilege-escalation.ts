import { setIn } from '../../fix/yaml-edits.js';
import { allContainers } from '../../kubernetes/pod-specs.js';
import { windowsExempt } from '../../kubernetes/pss.js';
import { containerSetting } from '../../kubernetes/security-context.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { isFalse } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/allow-privilege-escalation',
  severity: 'warning',
  fix: 'safe',
  risk: 'container',
  title: 'Container may gain more privileges than it started with',
  references: ['PSS-R'],
  aliases: ['KSV-0001', 'CKV_K8S_20', 'C-0016'],
  appliesTo: 'k8s',
  profile: 'restricted',
  check(ctx) {
    for (const container of allContainers(ctx)) {
      if (windowsExempt(ctx, container.podSpec)) continue;
      // A container-only field: a pod-level value is ignored by Kubernetes, so it is not read.
      const setting = containerSetting(container, 'allowPrivilegeEscalation');
      if (setting && isFalse(setting.node)) continue;
      ctx.report({
        at: setting ? setting.pair : container.anchor,
        message: setting
          ? `Container "${container.name}" allows privilege escalation: setuid binaries and file capabilities can give its processes more privileges than it started with.`
          : `Container "${container.name}" does not set allowPrivilegeEscalation: false, so setuid binaries and file capabilities can give its processes more privileges than it started with.`,
        object: container.label,
        missing: !setting,
        fix: () => singleEditFix('Set allowPrivilegeEscalation: false', setIn(ctx.file, container.node, ['securityContext', 'allowPrivilegeEscalation'], false, container.podSpec.doc)),
      });
    }
  },
});
