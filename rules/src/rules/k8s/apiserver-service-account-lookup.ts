import { componentsOf, effectiveFlag, flagBool, flagIsSet, setFlag } from '../../kubernetes/flags.js';
import { singleEditFix, defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/apiserver-service-account-lookup',
  severity: 'warning',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'API server accepts service account tokens without checking them',
  references: ['CIS-K 1.2.21', 'CIS-K 1.2.22'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const apiserver of componentsOf(ctx, 'kube-apiserver')) {
      const { value, flag } = effectiveFlag(apiserver, 'service-account-lookup');
      if (flag && flagBool(value, true) === false) {
        ctx.report({
          at: flag.span,
          message: `kube-apiserver runs with --service-account-lookup=${value}: tokens of deleted service accounts keep working until they expire.`,
          object: apiserver.label,
          fix: () => singleEditFix('Set --service-account-lookup=true', setFlag(ctx.file, apiserver, 'service-account-lookup', 'true')),
        });
      }
      if (!flagIsSet(apiserver, 'service-account-key-file')) {
        ctx.report({
          at: apiserver.anchor,
          message: 'kube-apiserver does not set --service-account-key-file: it verifies service account tokens with its TLS serving key, so the key pair cannot be rotated on its own.',
          object: apiserver.label,
        });
      }
    }
  },
});
