// Without a HEALTHCHECK, Docker only knows whether the process is running, not whether it works:
// a hung service keeps receiving traffic and is never restarted.
import { ancestry, describeStage, finalStage, stageLabel } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/missing-healthcheck',
  severity: 'info',
  fix: 'none',
  risk: 'container',
  title: 'Final image has no HEALTHCHECK',
  references: ['CIS-D 4.6'],
  aliases: ['DL3057', 'DS-0026', 'CKV_DOCKER_2'],
  appliesTo: 'dockerfile',
  check(ctx) {
    const final = finalStage(ctx);
    if (!final) return;
    // A HEALTHCHECK (even `HEALTHCHECK NONE`, a deliberate choice) in the stage or one it builds on counts.
    if (ancestry(final).some((s) => s.instructions.some((i) => i.getKeyword() === 'HEALTHCHECK'))) return;
    ctx.report({
      at: final.from.getRange(),
      message: `The final image (${describeStage(final)}) has no HEALTHCHECK: Docker cannot tell a hung service from a working one, so it is never restarted or taken out of rotation.`,
      object: stageLabel(final),
    });
  },
});
