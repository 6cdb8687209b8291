// daemon/inter-container-communication: with `icc` on (the default) every container on the default
// bridge can reach every other one's ports, so one compromised container can attack its neighbours.
import { singleEditFix, defineRule } from '../../rule.js';
import { addProperty, daemonConfig, missingKeyAnchor, property, setValue, spanOfJson } from '../../daemon/config.js';

export default defineRule({
  id: 'daemon/inter-container-communication',
  severity: 'warning',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'Containers on the default bridge can talk to each other',
  references: ['CIS-D 2.2'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    // A broken or non-object top level is daemon/syntax's finding; an empty file is an empty configuration.
    const config = daemonConfig(ctx);
    if (!config.object && !config.empty) return;
    const icc = property(ctx, 'icc');
    if (!icc) {
      ctx.report({
        at: missingKeyAnchor(ctx),
        message: 'daemon.json does not set "icc": false, so containers on the default bridge can reach each other\'s ports.',
        object: null,
        fix: () => singleEditFix('Add "icc": false', addProperty(ctx, 'icc', false)),
      });
      return;
    }
    if (icc.value !== true || !icc.valueNode) return;
    ctx.report({
      at: spanOfJson(icc.valueNode),
      message: '"icc": true lets containers on the default bridge reach each other\'s ports.',
      object: null,
      fix: () => singleEditFix('Set "icc" to false', setValue(ctx, icc, false)),
    });
  },
});
