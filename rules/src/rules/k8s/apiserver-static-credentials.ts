import { componentsOf, kubernetesMinor } from '../../kubernetes/flags.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/apiserver-static-credentials',
  severity: 'error',
  fix: 'none',
  risk: 'orchestrator',
  title: 'API server accepts static token or password files',
  references: ['CIS-K 1.2.2'],
  aliases: ['CKV_K8S_69', 'CKV_K8S_70', 'KCV-0002'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const apiserver of componentsOf(ctx, 'kube-apiserver')) {
      const token = apiserver.flags.get('token-auth-file');
      if (token) {
        ctx.report({
          at: token.span,
          message: 'kube-apiserver accepts the bearer tokens of --token-auth-file: they never expire and are changed only by editing the file and restarting the API server.',
          object: apiserver.label,
        });
      }
      // --basic-auth-file was removed in 1.19; later API servers refuse to start with it.
      const basic = apiserver.flags.get('basic-auth-file');
      if (basic && kubernetesMinor(ctx, apiserver) < 19) {
        ctx.report({
          at: basic.span,
          message: 'kube-apiserver accepts the passwords of --basic-auth-file: they are sent with every request, never expire and cannot be revoked without a restart.',
          object: apiserver.label,
        });
      }
    }
  },
});
