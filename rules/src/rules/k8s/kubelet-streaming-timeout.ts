import { kubeletConfigs, kubeletField, setKubeletField } from '../../kubernetes/kubelet.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/kubelet-streaming-timeout',
  severity: 'warning',
  fix: 'safe',
  risk: 'host',
  title: 'Kubelet streaming connections never time out',
  references: ['CIS-K 4.2.5'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of kubeletConfigs(ctx)) {
      const field = kubeletField(config, ['streamingConnectionIdleTimeout']);
      if (!field || !isZeroDuration(stringValue(field.node))) continue;
      ctx.report({
        at: field.pair,
        message: 'The kubelet never closes idle exec, attach and port-forward streams (streamingConnectionIdleTimeout: 0): forgotten sessions stay open and node resources run out.',
        object: config.label,
        fix: () => singleEditFix('Set streamingConnectionIdleTimeout: 4h0m0s', setKubeletField(ctx.file, config, ['streamingConnectionIdleTimeout'], '4h0m0s')),
      });
    }
  },
});

/** A Go duration (`0`, `0s`, `0h0m0s`, `0.0m`) whose every number is zero. */
function isZeroDuration(text: string | undefined): boolean {
  const t = text?.trim();
  if (!t) return false;
  if (/^[-+]?0+(\.0*)?$/.test(t)) return true;
  return /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$/.test(t) && !/[1-9]/.test(t);
}
