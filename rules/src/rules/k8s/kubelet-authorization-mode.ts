import { setScalar } from '../../fix/yaml-edits.js';
import { kubeletConfigs, kubeletField } from '../../kubernetes/kubelet.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { stringValue } from '../../yaml/nodes.js';

const PATH = ['authorization', 'mode'];

export default defineRule({
  id: 'k8s/kubelet-authorization-mode',
  severity: 'error',
  fix: 'safe',
  risk: 'host',
  title: 'Kubelet authorizes every request',
  references: ['CIS-K 4.2.2'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of kubeletConfigs(ctx)) {
      // An absent mode is Webhook in a KubeletConfiguration file (AlwaysAllow is only the command-line default).
      const field = kubeletField(config, PATH);
      if (!field || stringValue(field.node) !== 'AlwaysAllow') continue;
      ctx.report({
        at: field.pair,
        message: 'The kubelet runs with authorization.mode: AlwaysAllow: every authenticated caller may exec into pods, read logs and change the node.',
        object: config.label,
        fix: () => singleEditFix('Set authorization.mode: Webhook', setScalar(field.node, 'Webhook', config.doc)),
      });
    }
  },
});
