import { setScalar } from '../../fix/yaml-edits.js';
import { kubeletConfigs, kubeletField } from '../../kubernetes/kubelet.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/kubelet-read-only-port',
  severity: 'error',
  fix: 'safe',
  risk: 'host',
  title: 'Kubelet serves its read-only port',
  references: ['CIS-K 4.2.4'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of kubeletConfigs(ctx)) {
      // Absent means 0 (disabled) in KubeletConfiguration files, so only a written port is judged.
      const field = kubeletField(config, ['readOnlyPort']);
      const port = Number(stringValue(field?.node));
      if (!field || !Number.isFinite(port) || port === 0) continue;
      ctx.report({
        at: field.pair,
        message: `The kubelet serves its read-only API on port ${port} without authentication: anyone who can reach the node can list its pods and their settings.`,
        object: config.label,
        fix: () => singleEditFix('Set readOnlyPort: 0', setScalar(field.node, 0, config.doc)),
      });
    }
  },
});
