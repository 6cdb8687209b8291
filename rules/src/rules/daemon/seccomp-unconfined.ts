// daemon/seccomp-unconfined: `"seccomp-profile": "unconfined"` removes the default seccomp filter
// from every container, exposing the whole kernel system-call surface to them.
import { singleEditFix, defineRule } from '../../rule.js';
import { property, removeProperty, spanOfJson } from '../../daemon/config.js';

export default defineRule({
  id: 'daemon/seccomp-unconfined',
  severity: 'error',
  fix: 'safe',
  risk: 'host',
  title: 'Default seccomp profile disabled',
  references: ['CIS-D 2.17'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    const prop = property(ctx, 'seccomp-profile');
    // dockerd compares the value exactly.
    if (prop?.value !== 'unconfined' || !prop.valueNode) return;
    ctx.report({
      at: spanOfJson(prop.valueNode),
      message: '"seccomp-profile": "unconfined" runs every container without a seccomp filter, exposing every kernel system call to them.',
      object: null,
      fix: () => singleEditFix('Remove "seccomp-profile" (use Docker\'s default profile)', removeProperty(ctx, prop)),
    });
  },
});
