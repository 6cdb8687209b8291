// MAINTAINER has been deprecated since Docker 1.13; the OCI label says the same thing in a form
// every tool reads.
import { argumentsSource, escapeCharacter, instructionsWith, keywordInStyleOf } from '../../dockerfile/instruction-text.js';
import { stageLabel, stageOf } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

const AUTHORS_LABEL = 'org.opencontainers.image.authors';

export default defineRule({
  id: 'dockerfile/maintainer-deprecated',
  severity: 'hint',
  fix: 'safe',
  risk: 'image',
  title: 'MAINTAINER is deprecated',
  references: [],
  aliases: ['DL4000', 'DS-0022', 'CKV_DOCKER_6'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const instruction of instructionsWith(ctx, 'MAINTAINER')) {
      const value = argumentsSource(ctx, instruction)?.text.trim();
      const stage = stageOf(ctx, instruction);
      const escape = escapeCharacter(ctx);
      // LABEL values are quoted and expand variables; MAINTAINER's is taken literally.
      const quoted = value === undefined ? undefined : `"${value.replace(/["$]|\\|`/g, (c) => (c === escape || c === '"' || c === '$' ? escape + c : c))}"`;
      const label = `${keywordInStyleOf(instruction.getInstruction(), 'LABEL')} ${AUTHORS_LABEL}=${quoted}`;
      ctx.report({
        at: instruction.getInstructionRange(),
        message: `MAINTAINER is deprecated: record the author in the ${AUTHORS_LABEL} label, which registries and scanners read.`,
        object: stage ? stageLabel(stage) : null,
        fix: quoted === undefined || /[\r\n]/.test(value!) ? null : { title: `Use LABEL ${AUTHORS_LABEL}`, edits: [{ ...ctx.file.lines.spanOf(instruction.getRange()), text: label }] },
      });
    }
  },
});
