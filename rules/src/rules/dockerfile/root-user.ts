// The image's processes run as root when the final stage's last USER (its own, or the one it
// inherits from the stage it builds on) is root.
import { defineRule } from '../../rule.js';
import { argumentsRange } from '../../dockerfile/instruction-text.js';
import { describeStage, effectiveUser, finalStage, stageLabel } from '../../dockerfile/stages.js';
import { isRootUser, NON_ROOT_USER } from '../../dockerfile/users.js';

export default defineRule({
  id: 'dockerfile/root-user',
  severity: 'error',
  fix: 'unsafe',
  risk: 'container',
  title: 'Final image runs as root',
  references: ['CIS-D 4.1'],
  aliases: ['DL3002', 'DS-0002', 'CKV_DOCKER_8'],
  appliesTo: 'dockerfile',
  check(ctx) {
    const final = finalStage(ctx);
    if (!final) return;
    const setting = effectiveUser(final);
    if (!setting || !isRootUser(setting.user)) return;
    const args = argumentsRange(setting.instruction);
    if (!args) return;
    const inherited = setting.stage !== final ? ` (inherited from ${describeStage(setting.stage)})` : '';
    ctx.report({
      at: args,
      message: `The final image (${describeStage(final)}) runs as ${setting.user}${inherited}: whoever compromises the process is root in the container, one kernel bug away from the host.`,
      object: stageLabel(final),
      fix: { title: `Run as ${NON_ROOT_USER} instead`, edits: [{ ...ctx.file.lines.spanOf(args), text: NON_ROOT_USER }] },
    });
  },
});
