import { kubeletAnchor, kubeletConfigs, kubeletField, setKubeletField } from '../../kubernetes/kubelet.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { isTrue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/kubelet-seccomp-default',
  severity: 'info',
  // The catalog marks this fix safe, but it changes the syscalls allowed to every pod on the node
  // that sets no seccomp profile; a workload that needs a blocked syscall breaks. Offered, never
  // applied by "fix all".
  fix: 'unsafe',
  risk: 'host',
  title: 'Kubelet runs pods without a default seccomp profile',
  references: ['CIS-K 4.2.14'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of kubeletConfigs(ctx)) {
      const field = kubeletField(config, ['seccompDefault']);
      if (field && isTrue(field.node)) continue;
      ctx.report({
        at: field ? field.pair : kubeletAnchor(config, ['seccompDefault']),
        message: 'The kubelet does not set seccompDefault: true: containers without a seccomp profile run Unconfined, with every system call open to a compromised process.',
        object: config.label,
        fix: () => singleEditFix('Set seccompDefault: true', setKubeletField(ctx.file, config, ['seccompDefault'], true)),
      });
    }
  },
});
