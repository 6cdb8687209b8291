import { checkEtcdTls } from '../../kubernetes/etcd.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/etcd-client-tls',
  severity: 'error',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'etcd does not require TLS client certificates',
  references: ['CIS-K 2.1', 'CIS-K 2.2', 'CIS-K 2.3'],
  aliases: ['CKV_K8S_116', 'CKV_K8S_117', 'CKV_K8S_118'],
  appliesTo: 'k8s',
  check(ctx) {
    checkEtcdTls(ctx, { prefix: '', who: 'clients (the API server)' });
  },
});
