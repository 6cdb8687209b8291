import { componentsOf, effectiveFlag, flagList, setFlag } from '../../kubernetes/flags.js';
import { singleEditFix, defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/apiserver-authorization-mode',
  severity: 'error',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'API server authorization allows everything or lacks Node and RBAC',
  references: ['CIS-K 1.2.6', 'CIS-K 1.2.7', 'CIS-K 1.2.8'],
  aliases: ['CKV_K8S_74', 'CKV_K8S_75', 'CKV_K8S_77', 'KCV-0007', 'KCV-0008', 'KCV-0009'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const apiserver of componentsOf(ctx, 'kube-apiserver')) {
      const { value, flag } = effectiveFlag(apiserver, 'authorization-mode');
      // With --authorization-config the authorizer chain is defined in that file (the two flags exclude each other).
      if (!flag && apiserver.flags.has('authorization-config')) continue;
      const modes = flagList(value);
      const allowAll = modes.includes('AlwaysAllow');
      const missing = ['Node', 'RBAC'].filter((m) => !modes.includes(m));
      if (!allowAll && missing.length === 0) continue;
      const fixed = withNodeAndRbac(modes.filter((m) => m !== 'AlwaysAllow'));
      const shown = flag ? `--authorization-mode=${value ?? ''}` : `no --authorization-mode (default ${value})`;
      const consequence = allowAll
        ? 'every authenticated request is allowed, whatever RBAC says'
        : missing.includes('RBAC')
          ? 'RBAC roles and bindings are not enforced'
          : 'kubelets are not limited to the objects of their own node';
      ctx.report({
        at: flag ? flag.span : apiserver.anchor,
        message: `kube-apiserver runs with ${shown}: ${consequence}.`,
        object: apiserver.label,
        fix: () => singleEditFix(`Set --authorization-mode=${fixed.join(',')}`, setFlag(ctx.file, apiserver, 'authorization-mode', fixed.join(','))),
      });
    }
  },
});

/** Node first (it only answers kubelets' requests), RBAC right after it, the other modes kept in order. */
function withNodeAndRbac(modes: string[]): string[] {
  const out = modes.includes('Node') ? [...modes] : ['Node', ...modes];
  if (!out.includes('RBAC')) out.splice(out.indexOf('Node') + 1, 0, 'RBAC');
  return out;
}
