import { componentsOf, effectiveFlag, kubernetesMinor, removeFlag, setFlag } from '../../kubernetes/flags.js';
import { singleEditFix, defineRule, type FixInput } from '../../rule.js';
import type { Edit } from '../../types.js';

export default defineRule({
  id: 'k8s/apiserver-insecure-serving',
  severity: 'error',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'API server serves without TLS or without its secure port',
  references: ['CIS-K 1.2.x (insecure-bind-address, insecure-port, secure-port)'],
  aliases: ['CKV_K8S_86', 'CKV_K8S_88', 'CKV_K8S_89', 'C-0005'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const apiserver of componentsOf(ctx, 'kube-apiserver')) {
      // Kubernetes 1.20 removed insecure serving: --insecure-port may only be 0 and
      // --insecure-bind-address has no effect (1.24 removed both flags).
      if (kubernetesMinor(ctx, apiserver) < 20) {
        const port = effectiveFlag(apiserver, 'insecure-port');
        const portValue = port.flag ? port.value : '8080';
        if (portValue !== '0') {
          ctx.report({
            at: port.flag ? port.flag.span : apiserver.anchor,
            message: port.flag
              ? `kube-apiserver serves its API over plain HTTP on --insecure-port=${portValue}, with no authentication or authorization.`
              : 'kube-apiserver does not set --insecure-port=0, and before Kubernetes 1.20 it serves plain HTTP on port 8080 with no authentication or authorization.',
            object: apiserver.label,
            fix: () => singleEditFix('Set --insecure-port=0', setFlag(ctx.file, apiserver, 'insecure-port', '0')),
          });
          const bind = apiserver.flags.get('insecure-bind-address');
          if (bind) {
            ctx.report({
              at: bind.span,
              message: `kube-apiserver binds its unauthenticated HTTP port to ${bind.value ?? 'an address'}: it may be reachable beyond the node.`,
              object: apiserver.label,
              fix: () => removeFlagFix('Remove --insecure-bind-address', removeFlag(ctx.file, apiserver, bind)),
            });
          }
        }
      }
      const secure = apiserver.flags.get('secure-port');
      if (secure && secure.value?.trim() === '0') {
        // Without the flag the API server serves HTTPS on its default port, 6443.
        ctx.report({
          at: secure.span,
          message: 'kube-apiserver runs with --secure-port=0: it serves no HTTPS API, so clients cannot reach it over TLS.',
          object: apiserver.label,
          fix: () => removeFlagFix('Remove --secure-port=0 (serve HTTPS on 6443)', removeFlag(ctx.file, apiserver, secure)),
        });
      }
    }
  },
});

function removeFlagFix(title: string, edits: Edit[] | null): FixInput | null {
  return edits && { title, edits };
}
