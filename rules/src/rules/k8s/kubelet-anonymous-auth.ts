import { kubeletAnchor, kubeletConfigs, kubeletField, setKubeletField } from '../../kubernetes/kubelet.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { isFalse } from '../../yaml/nodes.js';

const PATH = ['authentication', 'anonymous', 'enabled'];

export default defineRule({
  id: 'k8s/kubelet-anonymous-auth',
  severity: 'error',
  fix: 'safe',
  risk: 'host',
  title: 'Kubelet accepts anonymous requests',
  references: ['CIS-K 4.2.1'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of kubeletConfigs(ctx)) {
      const field = kubeletField(config, PATH);
      if (field && isFalse(field.node)) continue;
      // KubeletConfiguration v1beta1 defaults authentication.anonymous.enabled to true.
      ctx.report({
        at: field ? field.pair : kubeletAnchor(config, PATH),
        message: field
          ? 'The kubelet accepts anonymous requests (authentication.anonymous.enabled is not false): whatever system:anonymous may do on its API, anyone who reaches port 10250 can.'
          : 'The kubelet does not set authentication.anonymous.enabled: false, and it defaults to true: whatever system:anonymous may do on its API, anyone who reaches port 10250 can.',
        object: config.label,
        fix: () => singleEditFix('Set authentication.anonymous.enabled: false', setKubeletField(ctx.file, config, PATH, false)),
      });
    }
  },
});
