// daemon/userns-remap: without user-namespace remapping, root in a container is root (uid 0) on
// the host, so any container escape lands with full privileges.
import { singleEditFix, defineRule } from '../../rule.js';
import { addProperty, daemonConfig, missingKeyAnchor, property, setValue, spanOfJson } from '../../daemon/config.js';

const CONSEQUENCE = 'root in a container is root on the host';
const CAVEAT = 'existing images, containers and volumes become inaccessible until recreated';

export default defineRule({
  id: 'daemon/userns-remap',
  severity: 'info',
  fix: 'unsafe',
  risk: 'host',
  title: 'User namespace remapping is off',
  references: ['CIS-D 2.9'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    const config = daemonConfig(ctx);
    if (!config.object && !config.empty) return;
    const prop = property(ctx, 'userns-remap');
    if (!prop) {
      ctx.report({
        at: missingKeyAnchor(ctx),
        message: `daemon.json does not set "userns-remap", so ${CONSEQUENCE}.`,
        object: null,
        fix: () => singleEditFix(`Add "userns-remap": "default" (${CAVEAT})`, addProperty(ctx, 'userns-remap', 'default')),
      });
      return;
    }
    // dockerd reads an empty string as "not set"; other types are daemon/syntax's finding.
    if (prop.value !== '' || !prop.valueNode) return;
    ctx.report({
      at: spanOfJson(prop.valueNode),
      message: `An empty "userns-remap" turns remapping off, so ${CONSEQUENCE}.`,
      object: null,
      fix: () => singleEditFix(`Set "userns-remap" to "default" (${CAVEAT})`, setValue(ctx, prop, 'default')),
    });
  },
});
