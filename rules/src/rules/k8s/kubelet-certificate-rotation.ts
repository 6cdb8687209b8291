import { kubeletConfigs, kubeletField, setKubeletField } from '../../kubernetes/kubelet.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { isFalse } from '../../yaml/nodes.js';

const SETTINGS = [
  { path: ['rotateCertificates'], what: 'client certificate' },
  { path: ['featureGates', 'RotateKubeletServerCertificate'], what: 'serving certificate' },
];

export default defineRule({
  id: 'k8s/kubelet-certificate-rotation',
  severity: 'warning',
  fix: 'safe',
  risk: 'host',
  title: 'Kubelet certificate rotation is turned off',
  references: ['CIS-K 4.2.10', 'CIS-K 4.2.11'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of kubeletConfigs(ctx)) {
      for (const s of SETTINGS) {
        // Both default to true: only an explicit false is reported.
        const field = kubeletField(config, s.path);
        if (!field || !isFalse(field.node)) continue;
        ctx.report({
          at: field.pair,
          message: `The kubelet does not rotate its ${s.what} (${s.path.join('.')}: false): when it expires the node drops out, and a leaked one stays valid until then.`,
          object: config.label,
          fix: () => singleEditFix(`Set ${s.path.join('.')}: true`, setKubeletField(ctx.file, config, s.path, true)),
        });
      }
    }
  },
});
