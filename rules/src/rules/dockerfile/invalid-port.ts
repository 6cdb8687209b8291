// An EXPOSE entry Docker cannot read stops the build.
import { exposedPorts } from '../../dockerfile/expose.js';
import { instructionsWith } from '../../dockerfile/instruction-text.js';
import { stageLabel, stageOf } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/invalid-port',
  severity: 'error',
  fix: 'none',
  risk: 'container',
  title: 'EXPOSE of an invalid port',
  references: [],
  aliases: ['DL3011', 'DS-0008'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const instruction of instructionsWith(ctx, 'EXPOSE')) {
      for (const port of exposedPorts(ctx, instruction)) {
        if (!port.problem) continue;
        const stage = stageOf(ctx, instruction);
        ctx.report({
          at: port.span,
          message: `EXPOSE ${port.text} is not a valid port: ${port.problem}, so the build fails.`,
          object: stage ? stageLabel(stage) : null,
        });
      }
    }
  },
});
