import { containerPorts } from '../../kubernetes/ports.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/ssh-port',
  severity: 'warning',
  fix: 'none',
  risk: 'container',
  title: 'Container exposes the SSH port',
  references: [],
  aliases: ['ssh-port'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const { container, node, port } of containerPorts(ctx)) {
      if (port !== 22) continue;
      ctx.report({
        at: node,
        message: `Container "${container.name}" exposes port 22: an SSH server in a container is a way in that bypasses the cluster's access control and audit; use kubectl exec or debug instead.`,
        object: container.label,
      });
    }
  },
});
