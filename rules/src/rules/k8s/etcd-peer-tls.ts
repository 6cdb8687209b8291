import { checkEtcdTls } from '../../kubernetes/etcd.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/etcd-peer-tls',
  severity: 'error',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'etcd does not require TLS certificates from its peers',
  references: ['CIS-K 2.4', 'CIS-K 2.5', 'CIS-K 2.6'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    checkEtcdTls(ctx, { prefix: 'peer-', who: 'peer members' });
  },
});
