import { controlPlaneComponents, effectiveFlag, setFlag } from '../../kubernetes/flags.js';
import { singleEditFix, defineRule } from '../../rule.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1)$/;

export default defineRule({
  id: 'k8s/control-plane-bind-address',
  severity: 'warning',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'Controller manager or scheduler listens beyond localhost',
  references: ['CIS-K 1.3.7', 'CIS-K 1.4.2'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const c of controlPlaneComponents(ctx)) {
      if (c.component !== 'kube-controller-manager' && c.component !== 'kube-scheduler') continue;
      const { value, flag } = effectiveFlag(c, 'bind-address');
      if (value !== undefined && LOOPBACK.test(value.trim())) continue;
      ctx.report({
        at: flag ? flag.span : c.anchor,
        message: flag
          ? `${c.component} listens on --bind-address=${value ?? ''}: its health, metrics and debug endpoints are reachable from the network.`
          : `${c.component} does not set --bind-address=127.0.0.1, and it listens on all interfaces by default: its health, metrics and debug endpoints are reachable from the network.`,
        object: c.label,
        fix: () => singleEditFix('Set --bind-address=127.0.0.1', setFlag(ctx.file, c, 'bind-address', '127.0.0.1')),
      });
    }
  },
});
