import { componentsOf, effectiveFlag, flagBool, flagIsSet, setFlag } from '../../kubernetes/flags.js';
import { singleEditFix, defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/controller-manager-credentials',
  severity: 'warning',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'Controller manager shares one identity or lacks service account keys',
  references: ['CIS-K 1.3.3', 'CIS-K 1.3.4', 'CIS-K 1.3.5'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const cm of componentsOf(ctx, 'kube-controller-manager')) {
      const { value, flag } = effectiveFlag(cm, 'use-service-account-credentials');
      if (flagBool(value, flag !== undefined) !== true) {
        ctx.report({
          at: flag ? flag.span : cm.anchor,
          message: `kube-controller-manager ${flag ? `runs with --use-service-account-credentials=${value ?? ''}` : 'does not set --use-service-account-credentials=true'}: every controller acts with the controller manager's own broad credentials instead of a service account with only its own permissions.`,
          object: cm.label,
          fix: () => singleEditFix('Set --use-service-account-credentials=true', setFlag(ctx.file, cm, 'use-service-account-credentials', 'true')),
        });
      }
      // Both need a real file path: reported without a fix.
      if (!flagIsSet(cm, 'service-account-private-key-file')) {
        ctx.report({
          at: cm.anchor,
          message: 'kube-controller-manager does not set --service-account-private-key-file: it cannot sign service account tokens, so their keys cannot be managed and rotated.',
          object: cm.label,
        });
      }
      if (!flagIsSet(cm, 'root-ca-file')) {
        ctx.report({
          at: cm.anchor,
          message: "kube-controller-manager does not set --root-ca-file: service account token secrets carry no CA, so pods cannot verify the API server's certificate.",
          object: cm.label,
        });
      }
    }
  },
});
