import { componentsOf, effectiveFlag, flagBool, setFlag } from '../../kubernetes/flags.js';
import { singleEditFix, defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/apiserver-anonymous-auth',
  severity: 'error',
  // The catalog marks this fix safe, but it is not blind-safe: kubeadm's liveness and readiness probes
  // call /livez and /readyz without credentials and get 401 once anonymous access is off. So the
  // quick-fix is offered, never applied by "fix all".
  fix: 'unsafe',
  risk: 'orchestrator',
  title: 'API server accepts anonymous requests',
  references: ['CIS-K 1.2.1'],
  aliases: ['CKV_K8S_68', 'KCV-0001', 'C-0113'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const apiserver of componentsOf(ctx, 'kube-apiserver')) {
      const { value, flag } = effectiveFlag(apiserver, 'anonymous-auth');
      if (flagBool(value, flag !== undefined) === false) continue;
      // With --authentication-config, anonymous access is configured in that file, and the
      // API server refuses to start when both set it: the flag cannot be judged or added here.
      if (!flag && apiserver.flags.has('authentication-config')) continue;
      ctx.report({
        at: flag ? flag.span : apiserver.anchor,
        message: flag
          ? `kube-apiserver runs with --anonymous-auth=${value ?? 'true'}: requests without credentials are served as system:anonymous.`
          : 'kube-apiserver does not set --anonymous-auth=false, and it defaults to true: requests without credentials are served as system:anonymous.',
        object: apiserver.label,
        fix: () => singleEditFix('Set --anonymous-auth=false', setFlag(ctx.file, apiserver, 'anonymous-auth', 'false')),
      });
    }
  },
});
