// A setuid (or setgid) file runs with its owner's (group's) rights whoever starts it: in an image,
// that is usually root, one bug away from a privilege escalation inside the container.
import { runInstructions } from '../../dockerfile/commands.js';
import { modeBits, modeLabel, modeSettings } from '../../dockerfile/file-modes.js';
import { describeStage, stageLabel } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/setuid-binary',
  severity: 'warning',
  fix: 'none',
  risk: 'host',
  title: 'setuid or setgid bit set',
  references: ['CIS-D 4.8'],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const { instruction, stage } of runInstructions(ctx)) {
      for (const setting of modeSettings(ctx, instruction)) {
        const bits = modeBits(setting.word.text);
        if (!bits || (!bits.setuid && !bits.setgid)) continue;
        const which = bits.setuid && bits.setgid ? 'setuid and setgid bits' : bits.setuid ? 'setuid bit' : 'setgid bit';
        ctx.report({
          at: setting.word.span,
          message: `${modeLabel(setting)} in ${describeStage(stage)} sets the ${which}: the file runs with its owner's (or group's) privileges whoever starts it, a ready path to privilege escalation.`,
          object: stageLabel(stage),
        });
      }
    }
  },
});
