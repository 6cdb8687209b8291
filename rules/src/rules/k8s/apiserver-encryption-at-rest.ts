import { componentsOf, flagIsSet } from '../../kubernetes/flags.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/apiserver-encryption-at-rest',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'API server stores Secrets in etcd unencrypted',
  references: ['CIS-K 1.2.27'],
  aliases: ['CKV_K8S_104', 'KCV-0030'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const apiserver of componentsOf(ctx, 'kube-apiserver')) {
      if (flagIsSet(apiserver, 'encryption-provider-config')) continue;
      ctx.report({
        at: apiserver.anchor,
        message: 'kube-apiserver does not set --encryption-provider-config: Secrets are stored in etcd in plain text, readable from any etcd backup or disk.',
        object: apiserver.label,
      });
    }
  },
});
