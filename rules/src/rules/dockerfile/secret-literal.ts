// A credential written into a Dockerfile is in the repository for everyone who can read it, and
// (in an instruction) in the image and its history too. Comments are searched as well: a key in
// a comment is just as leaked, even though the image does not keep it.
import type { Instruction } from 'dockerfile-ast';
import { instructionSpan } from '../../dockerfile/instruction-text.js';
import { describeStage, stageLabel, stageOf } from '../../dockerfile/stages.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { findSecretLiterals } from '../../secrets/literals.js';

export default defineRule({
  id: 'dockerfile/secret-literal',
  severity: 'error',
  fix: 'none',
  risk: 'image',
  title: 'Secret value written in the Dockerfile',
  references: ['CIS-D 4.10'],
  aliases: ['CKV_SECRET_*'],
  appliesTo: 'dockerfile',
  check(ctx) {
    const instructions = ctx.file.dockerfile?.getInstructions() ?? [];
    for (const secret of findSecretLiterals(ctx.text)) {
      const instruction = instructionAt(ctx, instructions, secret.start);
      const stage = instruction ? stageOf(ctx, instruction) : undefined;
      const where = instruction
        ? `${instruction.getKeyword()} in ${stage ? describeStage(stage) : 'this file'} contains ${secret.kind}: it is stored in the image and its history, and in the repository`
        : `A comment contains ${secret.kind}: anyone who can read the repository can use it`;
      ctx.report({
        at: { start: secret.start, end: secret.end },
        message: `${where}; revoke it and pass it at build or run time as a secret instead.`,
        object: stage ? stageLabel(stage) : null,
      });
    }
  },
});

/** The instruction whose text holds the offset (heredoc bodies included), if any. */
function instructionAt(ctx: RuleContext, instructions: Instruction[], offset: number): Instruction | undefined {
  for (const instruction of instructions) {
    const span = instructionSpan(ctx, instruction);
    // Instructions come in file order: none after this one starts early enough.
    if (span.start > offset) return undefined;
    if (offset < span.end) return instruction;
  }
  return undefined;
}
