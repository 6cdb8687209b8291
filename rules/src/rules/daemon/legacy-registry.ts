// daemon/legacy-registry: Docker 17.12 removed v1 registry support and this option with it, so the
// key is obsolete and protects nothing; keeping it suggests a protection the daemon no longer has.
import { singleEditFix, defineRule } from '../../rule.js';
import { property, removeProperty, spanOfJson } from '../../daemon/config.js';

export default defineRule({
  id: 'daemon/legacy-registry',
  severity: 'warning',
  fix: 'safe',
  risk: 'registry',
  title: 'Obsolete disable-legacy-registry option',
  references: ['CIS-D 1.x (pre-1.6)'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    const prop = property(ctx, 'disable-legacy-registry');
    if (!prop) return;
    ctx.report({
      at: spanOfJson(prop.node),
      message: '"disable-legacy-registry" is obsolete: Docker 17.12 removed v1 registry support and this option with it, so it protects nothing.',
      object: null,
      fix: () => singleEditFix('Remove "disable-legacy-registry"', removeProperty(ctx, prop)),
    });
  },
});
