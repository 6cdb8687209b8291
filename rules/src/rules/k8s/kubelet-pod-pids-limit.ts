import { kubeletConfigs, kubeletField, setKubeletField } from '../../kubernetes/kubelet.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/kubelet-pod-pids-limit',
  severity: 'info',
  fix: 'unsafe',
  risk: 'host',
  title: 'Kubelet sets no per-pod process limit',
  references: ['CIS-K 4.2.13'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of kubeletConfigs(ctx)) {
      const field = kubeletField(config, ['podPidsLimit']);
      const value = Number(stringValue(field?.node));
      if (field && Number.isInteger(value) && value > 0) continue;
      if (field && !Number.isInteger(value)) continue;
      // The limit depends on the workloads: offered as a starting point, never applied by "fix all".
      ctx.report({
        at: field ? field.pair : config.kindNode,
        message: `The kubelet ${field ? `sets podPidsLimit: ${value}` : 'sets no podPidsLimit'}: one pod can fork until the node runs out of process ids (a fork bomb takes the node down).`,
        object: config.label,
        fix: () => singleEditFix('Set podPidsLimit: 4096', setKubeletField(ctx.file, config, ['podPidsLimit'], 4096)),
      });
    }
  },
});
