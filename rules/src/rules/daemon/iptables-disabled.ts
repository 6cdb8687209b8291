// daemon/iptables-disabled: with `"iptables": false` Docker writes no firewall rules, so published
// ports, inter-container isolation and outbound NAT are left to whatever the host firewall does.
import { singleEditFix, defineRule } from '../../rule.js';
import { property, removeProperty, spanOfJson } from '../../daemon/config.js';

export default defineRule({
  id: 'daemon/iptables-disabled',
  severity: 'warning',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'Docker may not manage iptables',
  references: ['CIS-D 2.4'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    const prop = property(ctx, 'iptables');
    if (prop?.value !== false || !prop.valueNode) return;
    ctx.report({
      at: spanOfJson(prop.valueNode),
      message: '"iptables": false stops Docker from writing its firewall rules, so container network isolation depends on hand-made rules.',
      object: null,
      fix: () => singleEditFix('Remove "iptables" (Docker manages iptables by default)', removeProperty(ctx, prop)),
    });
  },
});
