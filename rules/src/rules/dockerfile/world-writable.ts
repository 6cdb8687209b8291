// A file every user can write can be changed by any process in the container, whatever user it
// runs as: a replaced script or binary runs with the rights of whoever executes it next.
import { runInstructions } from '../../dockerfile/commands.js';
import { modeBits, modeLabel, modeSettings } from '../../dockerfile/file-modes.js';
import { describeStage, stageLabel } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/world-writable',
  severity: 'warning',
  fix: 'none',
  risk: 'container',
  title: 'World-writable permissions',
  references: [],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const { instruction, stage } of runInstructions(ctx)) {
      for (const setting of modeSettings(ctx, instruction)) {
        const bits = modeBits(setting.word.text);
        // The sticky bit (`1777`, `+t`) marks a shared /tmp-style directory, where users cannot touch each other's files.
        if (!bits || !bits.otherWrite || bits.sticky) continue;
        ctx.report({
          at: setting.word.span,
          message: `${modeLabel(setting)} in ${describeStage(stage)} makes files writable by every user: any process in the container can change them, e.g. replace a script or binary the application runs.`,
          object: stageLabel(stage),
        });
      }
    }
  },
});
