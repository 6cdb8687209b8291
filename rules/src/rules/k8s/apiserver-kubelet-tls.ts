import { componentsOf, flagIsSet } from '../../kubernetes/flags.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/apiserver-kubelet-tls',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'API server does not authenticate to kubelets or verify them',
  references: ['CIS-K 1.2.4', 'CIS-K 1.2.5'],
  aliases: ['CKV_K8S_72', 'CKV_K8S_73', 'KCV-0005', 'KCV-0006'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const apiserver of componentsOf(ctx, 'kube-apiserver')) {
      const client = ['kubelet-client-certificate', 'kubelet-client-key'].filter((f) => !flagIsSet(apiserver, f));
      if (client.length > 0) {
        ctx.report({
          at: apiserver.anchor,
          message: `kube-apiserver does not set ${client.map((f) => `--${f}`).join(' and ')}: it calls kubelets (exec, logs, port-forward) without a client certificate, so kubelets must allow anonymous requests for it to work.`,
          object: apiserver.label,
        });
      }
      // kubeadm does not set it either: the kubelets' serving certificates are self-signed by default.
      if (!flagIsSet(apiserver, 'kubelet-certificate-authority')) {
        ctx.report({
          at: apiserver.anchor,
          message: "kube-apiserver does not set --kubelet-certificate-authority: it does not verify kubelets' serving certificates, so anyone on the path can pose as a kubelet.",
          object: apiserver.label,
        });
      }
    }
  },
});
