// compose/security-profile-disabled: seccomp, AppArmor, SELinux labels and the masked /proc and
// /sys paths each block known container escapes; `unconfined` or `disable` removes that layer.
import { singleEditFix, defineRule } from '../../rule.js';
import { removeItem } from '../../fix/yaml-edits.js';
import { serviceSecurityOpts, type SecurityOpt } from '../../compose/security-opt.js';
import { findingAnchor, inheritedNote, services } from '../../compose/services.js';

/** What turning each profile off exposes. */
function disabledProfile(opt: SecurityOpt): string | undefined {
  if (opt.key === 'seccomp' && opt.value === 'unconfined') return 'every system call reaches the host kernel, including the ones used in kernel exploits';
  if (opt.key === 'apparmor' && opt.value === 'unconfined') return "AppArmor no longer restricts the container's access to files, mounts and /proc";
  if (opt.key === 'label' && opt.value === 'disable') return 'SELinux no longer separates the container from host files and other containers';
  if (opt.key === 'systempaths' && opt.value === 'unconfined') return "the host's sensitive /proc and /sys paths are no longer masked or read-only";
  return undefined;
}

export default defineRule({
  id: 'compose/security-profile-disabled',
  severity: 'error',
  fix: 'safe',
  risk: 'host',
  title: 'Service disables a security profile',
  references: ['CIS-D 5.2', 'CIS-D 5.3', 'CIS-D 5.22'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      const opts = serviceSecurityOpts(svc);
      for (const opt of opts?.entries ?? []) {
        const exposed = disabledProfile(opt);
        if (!opts || !exposed) continue;
        const seq = opts.seq;
        ctx.report({
          at: opt.shared ? findingAnchor(opts.setting) : opt.node,
          message: `Service "${svc.name}" sets security_opt ${opt.text}${inheritedNote(opt.shared)}: ${exposed}.`,
          object: svc.label,
          fix: () => {
            const edit = opt.shared || !seq ? null : removeItem(ctx.file, seq, opt.node, svc.doc);
            return singleEditFix(`Remove ${opt.text} from security_opt`, edit);
          },
        });
      }
    }
  },
});
