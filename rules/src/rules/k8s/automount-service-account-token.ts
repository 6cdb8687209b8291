import { setIn, setScalar } from '../../fix/yaml-edits.js';
import { podSpecs } from '../../kubernetes/pod-specs.js';
import { automountFacts, podAutomountPair, serviceAccountDisablesAutomount } from '../../kubernetes/service-accounts.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { isFalse } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/automount-service-account-token',
  severity: 'info',
  fix: 'unsafe',
  risk: 'orchestrator',
  title: 'Pod mounts a service account token',
  references: ['CIS-K 5.1.6'],
  aliases: ['KSV-0036', 'CKV_K8S_38', 'C-0034'],
  appliesTo: 'k8s',
  // Reads other documents: a ServiceAccount elsewhere in the file can turn the token off for its
  // pods. Its findings in a document are reused while the document and those accounts are unchanged.
  crossDocumentFacts: automountFacts,
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      const own = podAutomountPair(podSpec);
      // The pod's own field wins over its ServiceAccount's; without one, the account decides.
      if (own ? isFalse(own.value) : serviceAccountDisablesAutomount(ctx, podSpec)) continue;
      ctx.report({
        at: own ? own.pair : podSpec.resource.kindNode,
        missing: !own,
        message: `${podSpec.label} ${own ? 'sets automountServiceAccountToken: true' : 'does not set automountServiceAccountToken: false'}, so every container gets a Kubernetes API token that an attacker in the pod can use.`,
        object: podSpec.label,
        // Unsafe: a pod that calls the Kubernetes API needs its token.
        fix: () => {
          const edit = own ? setScalar(own.value, false, podSpec.doc) : setIn(ctx.file, podSpec.node, ['automountServiceAccountToken'], false, podSpec.doc);
          return singleEditFix('Set automountServiceAccountToken: false for the pod', edit);
        },
      });
    }
  },
});
