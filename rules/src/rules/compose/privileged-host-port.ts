// compose/privileged-host-port: ports below 1024 are the host's system ports (SSH, DNS, HTTP…); a
// service published there can take the place of, or be mistaken for, a host service.
import { defineRule } from '../../rule.js';
import { describeRange, servicePublishedPorts } from '../../compose/ports.js';
import { inheritedNote } from '../../compose/services.js';

export default defineRule({
  id: 'compose/privileged-host-port',
  severity: 'warning',
  fix: 'none',
  risk: 'container',
  title: 'Service publishes a privileged host port',
  references: ['CIS-D 5.8'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const { svc, port, inheritedAt } of servicePublishedPorts(ctx)) {
      const range = port.published?.range;
      // Port 0 asks Docker for a random port.
      if (!port.published || !range || range.from === 0 || range.from >= 1024) continue;
      ctx.report({
        at: inheritedAt ?? port.published.span,
        message: `Service "${svc.name}" publishes privileged host port ${describeRange(range)}${inheritedNote(port.shared)}: ports below 1024 are reserved for the host's system services.`,
        object: svc.label,
      });
    }
  },
});
