import { podSecurityContextFix } from '../../kubernetes/pod-fixes.js';
import { containers, podSpecs } from '../../kubernetes/pod-specs.js';
import { PSS_SINCE, pssAtLeast, windowsExempt } from '../../kubernetes/pss.js';
import { containerSetting, podSetting } from '../../kubernetes/security-context.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/seccomp-profile-missing',
  severity: 'warning',
  fix: 'safe',
  risk: 'host',
  title: 'No seccomp profile set',
  references: ['PSS-R'],
  aliases: ['KSV-0030', 'CKV_K8S_31', 'C-0210'],
  appliesTo: 'k8s',
  profile: 'restricted',
  check(ctx) {
    // `seccompProfile_restricted` exists from 1.19 (the field's first version).
    if (!pssAtLeast(ctx, PSS_SINCE.seccompRestricted)) return;
    for (const podSpec of podSpecs(ctx)) {
      if (windowsExempt(ctx, podSpec)) continue;
      // Any pod-level value covers the containers that leave theirs unset: a valid one passes them,
      // and an Unconfined one is reported (with its fix) by k8s/seccomp-unconfined.
      if (podSetting(podSpec, 'seccompProfile')) continue;
      const podFix = () => podSecurityContextFix(ctx, podSpec, 'seccompProfile', { type: 'RuntimeDefault' }, 'Set seccompProfile.type: RuntimeDefault for the pod');
      for (const container of containers(podSpec)) {
        // A container's own value, good or bad, is judged by itself (bad ones by k8s/seccomp-unconfined).
        if (containerSetting(container, 'seccompProfile')) continue;
        ctx.report({
          at: container.anchor,
          message: `Container "${container.name}" runs without a seccomp profile: neither it nor the pod sets seccompProfile.type to RuntimeDefault or Localhost, so every system call is allowed.`,
          object: container.label,
          missing: true,
          fix: podFix,
        });
      }
    }
  },
});
