// ADD of a URL or git repository fetches whatever the server returns at build time; without
// --checksum a compromised or changed download goes into the image unnoticed.
import type { Add } from 'dockerfile-ast';
import { copySources, sourceKind } from '../../dockerfile/add-sources.js';
import { instructionsWith } from '../../dockerfile/instruction-text.js';
import { describeStage, stageLabel, stageOf } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/remote-add-without-checksum',
  severity: 'warning',
  fix: 'none',
  risk: 'image',
  title: 'Remote ADD without a checksum',
  references: ['CIS-D 4.11'],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const instruction of instructionsWith(ctx, 'ADD')) {
      if ((instruction as Add).getFlags().some((f) => f.getName().toLowerCase() === 'checksum')) continue;
      const remote = (copySources(ctx, instruction) ?? []).filter((s) => sourceKind(s) === 'remote' && !isPinnedGitCommit(s));
      if (remote.length === 0) continue;
      const stage = stageOf(ctx, instruction);
      ctx.report({
        at: instruction.getInstructionRange(),
        message: `ADD in ${stage ? describeStage(stage) : 'this file'} downloads ${remote[0]} without --checksum: whatever the server returns at build time goes into the image unverified.`,
        object: stage ? stageLabel(stage) : null,
      });
    }
  },
});

/** A git source whose ref is a full commit id names fixed content, like a checksum would. */
function isPinnedGitCommit(source: string): boolean {
  return /(\.git|^git@[^#]*)#[0-9a-f]{40}(:[^#]*)?$/i.test(source);
}
