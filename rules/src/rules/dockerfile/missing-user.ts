// With no USER anywhere in the final stage's chain, the image runs as its base image's user,
// which is root for almost every base image.
import type { Instruction } from 'dockerfile-ast';
import { parseDockerfile } from '../../documents/dockerfile-parse.js';
import { appendLines, insertLinesBefore } from '../../fix/text-edits.js';
import { keywordInStyleOf } from '../../dockerfile/instruction-text.js';
import { ancestry, describeStage, effectiveUser, finalStage, stageLabel, stages, type Stage } from '../../dockerfile/stages.js';
import { NON_ROOT_USER, runsAsNonRootByDefault } from '../../dockerfile/users.js';
import { defineRule, type RuleContext } from '../../rule.js';
import type { Edit } from '../../types.js';
import { applyEdits } from '../../text.js';

export default defineRule({
  id: 'dockerfile/missing-user',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'container',
  title: 'Final image does not set a non-root user',
  references: ['CIS-D 4.1'],
  aliases: ['DS-0002', 'CKV_DOCKER_3'],
  appliesTo: 'dockerfile',
  check(ctx) {
    const final = finalStage(ctx);
    if (!final || effectiveUser(final)) return;
    const chain = ancestry(final);
    const base = chain[chain.length - 1].image;
    // An unknown base (`FROM $IMAGE`) may well set a non-root user: say nothing.
    if (base === undefined || runsAsNonRootByDefault(base)) return;
    const user = `${keywordInStyleOf(final.from.getInstruction(), 'USER')} ${NON_ROOT_USER}`;
    ctx.report({
      at: final.from.getRange(),
      message: `The final image (${describeStage(final)}) sets no USER, so it runs as the default user of ${base}, root for most images: whoever compromises the process is root in the container.`,
      object: stageLabel(final),
      // Checking the edit re-parses the whole file: only when someone asks for the fix.
      fix: () => withUser(ctx, insertUser(ctx, final, user), user),
    });
  },
});

/**
 * The fix, when the inserted line really becomes a USER instruction: not when the file ends inside an
 * open construct (a dangling line continuation, an unterminated heredoc) that would swallow it.
 */
function withUser(ctx: RuleContext, edit: Edit, user: string) {
  const users = (instructions: Instruction[]) => instructions.filter((i) => i.getKeyword().toUpperCase() === 'USER').length;
  const added = users(parseDockerfile(applyEdits(ctx.text, [edit])).getInstructions()) > users(ctx.file.dockerfile!.getInstructions());
  return added ? { title: `Add "${user}"`, edits: [edit] } : undefined;
}

/** Before the first CMD/ENTRYPOINT (they are what runs as the user), else at the stage's end. */
function insertUser(ctx: RuleContext, stage: Stage, line: string): Edit {
  const start = stage.instructions.find((i) => i.getKeyword() === 'CMD' || i.getKeyword() === 'ENTRYPOINT');
  if (start) return insertLinesBefore(ctx.file, start.getRange().start.line, [line]);
  const last: Instruction = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  const isLastStage = stage === stages(ctx)[stages(ctx).length - 1];
  if (isLastStage) return appendLines(ctx.file, [line]);
  return insertLinesBefore(ctx.file, last.getRange().end.line + 1, [line]);
}
