// daemon/experimental: experimental features are unsupported and change between releases; they
// have not had the review stable features get.
import { singleEditFix, defineRule } from '../../rule.js';
import { property, removeProperty, spanOfJson } from '../../daemon/config.js';

export default defineRule({
  id: 'daemon/experimental',
  severity: 'info',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'Experimental daemon features enabled',
  references: ['CIS-D 2.18'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    const prop = property(ctx, 'experimental');
    if (prop?.value !== true || !prop.valueNode) return;
    ctx.report({
      at: spanOfJson(prop.valueNode),
      message: '"experimental": true enables unsupported daemon features that have not had the review stable ones get.',
      object: null,
      fix: () => singleEditFix('Remove "experimental"', removeProperty(ctx, prop)),
    });
  },
});
