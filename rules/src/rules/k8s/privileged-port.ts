import { containerPorts } from '../../kubernetes/ports.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/privileged-port',
  severity: 'info',
  fix: 'none',
  risk: 'container',
  title: 'Container listens on a privileged port',
  references: [],
  aliases: ['KSV-0117', 'privileged-ports'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const { container, node, port } of containerPorts(ctx)) {
      if (port >= 1024) continue;
      ctx.report({
        at: node,
        message: `Container "${container.name}" listens on port ${port}, below 1024: binding it usually needs root or NET_BIND_SERVICE; listen on a high port and map it in the Service.`,
        object: container.label,
      });
    }
  },
});
