import { kubeletAnchor, kubeletConfigs, kubeletField, setKubeletField } from '../../kubernetes/kubelet.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { isTrue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/kubelet-kernel-defaults',
  severity: 'info',
  // The catalog marks this fix safe, but with protectKernelDefaults: true the kubelet refuses to
  // start on a node whose kernel tunables differ from what it expects: offered, never applied by "fix all".
  fix: 'unsafe',
  risk: 'host',
  title: 'Kubelet does not protect kernel defaults',
  references: ['CIS-K 4.2.6'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of kubeletConfigs(ctx)) {
      const field = kubeletField(config, ['protectKernelDefaults']);
      if (field && isTrue(field.node)) continue;
      ctx.report({
        at: field ? field.pair : kubeletAnchor(config, ['protectKernelDefaults']),
        message: 'The kubelet does not set protectKernelDefaults: true: it silently changes kernel tunables it disagrees with instead of failing, so node hardening can be undone.',
        object: config.label,
        fix: () => singleEditFix('Set protectKernelDefaults: true', setKubeletField(ctx.file, config, ['protectKernelDefaults'], true)),
      });
    }
  },
});
