import { podSpecs } from '../../kubernetes/pod-specs.js';
import { serviceAccountOf } from '../../kubernetes/service-accounts.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/default-service-account',
  severity: 'off',
  severityWhenOn: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Pod runs as the default service account',
  references: [],
  aliases: ['CKV_K8S_41', 'C-0189'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      const account = serviceAccountOf(podSpec);
      if (account.name !== 'default') continue;
      ctx.report({
        at: account.node ?? podSpec.resource.kindNode,
        message: `${podSpec.label} runs as the namespace's default service account, so every permission granted to it is shared with all the other pods that do the same.`,
        object: podSpec.label,
      });
    }
  },
});
