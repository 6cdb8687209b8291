import { encryptionConfigs, secretsEntry } from '../../kubernetes/encryption.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/encryption-provider-identity-first',
  severity: 'error',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Secrets are written to etcd unencrypted (identity provider first)',
  references: ['CIS-K 1.2.28'],
  aliases: ['C-0142'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const config of encryptionConfigs(ctx)) {
      const entry = secretsEntry(config);
      const first = entry?.providers[0];
      if (!entry || first?.name !== 'identity') continue;
      // Moving identity down needs a real key in the provider that takes its place: no fix.
      ctx.report({
        at: first.key,
        message: `${config.config.label} lists identity first for ${entry.resources.join(', ')}: new Secrets are written to etcd in plain text, and the providers after it only decrypt.`,
        object: config.config.label,
      });
    }
  },
});
