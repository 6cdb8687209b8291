// Binding a port below 1024 needs root or CAP_NET_BIND_SERVICE, so an image that listens there
// pushes its users to run it with more privilege than it needs.
import { exposedPorts } from '../../dockerfile/expose.js';
import { ancestry, describeStage, finalStage, stageLabel } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

const FIRST_UNPRIVILEGED_PORT = 1024;

export default defineRule({
  id: 'dockerfile/privileged-port',
  severity: 'info',
  fix: 'none',
  risk: 'container',
  title: 'EXPOSE of a privileged port',
  references: ['CIS-D 5.8'],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    const final = finalStage(ctx);
    if (!final) return;
    // The final image exposes what its own stage and the stages it builds on declare.
    for (const stage of ancestry(final).reverse()) {
      for (const instruction of stage.instructions) {
        for (const port of exposedPorts(ctx, instruction)) {
          // Port 0 asks for any free port; it is no request for a privileged one.
          if (port.from === undefined || port.from >= FIRST_UNPRIVILEGED_PORT || port.to === 0) continue;
          ctx.report({
            at: port.span,
            message: `The final image (${describeStage(final)}) exposes port ${port.text}, below 1024: listening on it needs root or CAP_NET_BIND_SERVICE; prefer a port of 1024 or above.`,
            object: stageLabel(final),
          });
        }
      }
    }
  },
});
