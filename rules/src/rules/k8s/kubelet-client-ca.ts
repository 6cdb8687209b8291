import { kubeletAnchor, kubeletConfigs, kubeletField } from '../../kubernetes/kubelet.js';
import { defineRule } from '../../rule.js';
import { stringValue } from '../../yaml/nodes.js';

const PATH = ['authentication', 'x509', 'clientCAFile'];

export default defineRule({
  id: 'k8s/kubelet-client-ca',
  severity: 'warning',
  fix: 'none',
  risk: 'host',
  title: 'Kubelet has no client CA to verify callers',
  references: ['CIS-K 4.2.3'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of kubeletConfigs(ctx)) {
      const field = kubeletField(config, PATH);
      if (field && stringValue(field.node)?.trim()) continue;
      ctx.report({
        at: field ? field.pair : kubeletAnchor(config, PATH),
        message: "The kubelet has no authentication.x509.clientCAFile: it cannot verify client certificates, including the API server's.",
        object: config.label,
      });
    }
  },
});
