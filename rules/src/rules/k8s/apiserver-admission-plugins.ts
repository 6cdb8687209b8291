import { componentsOf, effectiveFlag, flagList, removeFlag, setFlag } from '../../kubernetes/flags.js';
import { singleEditFix, defineRule } from '../../rule.js';

/** Plugins that must stay on (both are in the API server's default set, so only disabling them hurts), and why. */
const MUST_STAY_ON: Record<string, string> = {
  ServiceAccount: 'pods are no longer checked against existing service accounts',
  NamespaceLifecycle: 'objects can be created in namespaces that are being deleted or do not exist',
};
const MUST_NOT_DISABLE = Object.keys(MUST_STAY_ON);

export default defineRule({
  id: 'k8s/apiserver-admission-plugins',
  severity: 'warning',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'API server admission plugins miss NodeRestriction or admit everything',
  references: ['CIS-K 1.2.9', 'CIS-K 1.2.10', 'CIS-K 1.2.11', 'CIS-K 1.2.12', 'CIS-K 1.2.13', 'CIS-K 1.2.14'],
  aliases: ['CKV_K8S_79', 'CKV_K8S_80', 'CKV_K8S_81', 'CKV_K8S_82', 'CKV_K8S_83', 'CKV_K8S_84', 'CKV_K8S_85', 'KCV-0010', 'KCV-0011', 'KCV-0012', 'KCV-0013', 'KCV-0014', 'KCV-0015', 'KCV-0016'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const apiserver of componentsOf(ctx, 'kube-apiserver')) {
      const enable = effectiveFlag(apiserver, 'enable-admission-plugins');
      const enabled = flagList(enable.value);
      const problems: string[] = [];
      if (!enabled.includes('NodeRestriction')) problems.push('NodeRestriction is not enabled, so a kubelet can modify any node and the pods of other nodes');
      if (enabled.includes('AlwaysAdmit')) problems.push('AlwaysAdmit is enabled, so every request is admitted whatever the other plugins decide');
      if (problems.length > 0) {
        const fixed = [...enabled.filter((p) => p !== 'AlwaysAdmit'), ...(enabled.includes('NodeRestriction') ? [] : ['NodeRestriction'])];
        ctx.report({
          at: enable.flag ? enable.flag.span : apiserver.anchor,
          message: `kube-apiserver admission: ${problems.join('; ')}.`,
          object: apiserver.label,
          fix: () => singleEditFix(`Set --enable-admission-plugins=${fixed.join(',')}`, setFlag(ctx.file, apiserver, 'enable-admission-plugins', fixed.join(','))),
        });
      }
      const disable = apiserver.flags.get('disable-admission-plugins');
      const disabled = flagList(disable?.value);
      const wrong = disabled.filter((p) => MUST_NOT_DISABLE.includes(p));
      if (disable && wrong.length > 0) {
        const rest = disabled.filter((p) => !MUST_NOT_DISABLE.includes(p));
        ctx.report({
          at: disable.span,
          message: `kube-apiserver disables ${wrong.join(' and ')}: ${wrong.map((p) => MUST_STAY_ON[p]).join('; ')}.`,
          object: apiserver.label,
          fix: () => {
            const edits = rest.length ? [setFlag(ctx.file, apiserver, 'disable-admission-plugins', rest.join(','))] : removeFlag(ctx.file, apiserver, disable);
            return edits && edits.every((e) => e !== null) ? { title: rest.length ? `Keep only ${rest.join(',')} disabled` : 'Remove --disable-admission-plugins', edits: edits as NonNullable<(typeof edits)[number]>[] } : null;
          },
        });
      }
    }
  },
});
