import { encryptionConfigs, secretsEntry } from '../../kubernetes/encryption.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/encryption-weak-provider',
  severity: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Encryption at rest uses aesgcm with a static key, or leaves Secrets out',
  references: ['CIS-K 1.2.28'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of encryptionConfigs(ctx)) {
      const label = config.config.label;
      if (!secretsEntry(config)) {
        ctx.report({
          at: config.config.kindNode,
          message: `${label} does not list secrets: Secrets are stored in etcd in plain text.`,
          object: label,
        });
      }
      for (const entry of config.entries) {
        const first = entry.providers[0];
        if (first?.name !== 'aesgcm') continue;
        ctx.report({
          at: first.key,
          message: `${label} encrypts ${entry.resources.join(', ')} with aesgcm and a static key: after about 2^32 writes with one key the nonces may repeat and the encryption breaks, unless the key is rotated.`,
          object: label,
        });
      }
    }
  },
});
