// compose/default-bridge: on Docker's default bridge (docker0) every container that is also on it
// can reach this one on any port; Compose's own networks keep each project apart.
import { defineRule } from '../../rule.js';
import { originNote, services, setting } from '../../compose/services.js';
import { stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'compose/default-bridge',
  severity: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: "Service uses Docker's default bridge network",
  references: ['CIS-D 5.30'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      const mode = setting(svc, 'network_mode');
      if (!mode || stringValue(mode.value)?.trim() !== 'bridge') continue;
      ctx.report({
        at: mode.at,
        message: `Service "${svc.name}" sets network_mode: bridge${originNote(mode)}, Docker's default bridge: every other container on it, from any project, can reach this one.`,
        object: svc.label,
      });
    }
  },
});
