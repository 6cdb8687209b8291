// ADD of plain local files does what COPY does, but ADD also downloads URLs and unpacks
// archives; COPY states the intent and cannot surprise.
import type { Add } from 'dockerfile-ast';
import { copySources, sourceKind } from '../../dockerfile/add-sources.js';
import { instructionsWith, keywordInStyleOf } from '../../dockerfile/instruction-text.js';
import { describeStage, stageLabel, stageOf } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

/** ADD flags COPY does not have: no fix when one is present. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'unpack', 'keep-git-dir']);

export default defineRule({
  id: 'dockerfile/add-instead-of-copy',
  severity: 'warning',
  fix: 'safe',
  risk: 'image',
  title: 'ADD used to copy local files',
  references: ['CIS-D 4.9'],
  aliases: ['DL3020', 'DS-0005', 'CKV_DOCKER_4'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const instruction of instructionsWith(ctx, 'ADD')) {
      const sources = copySources(ctx, instruction);
      if (!sources || !sources.every((s) => sourceKind(s) === 'local')) continue;
      const stage = stageOf(ctx, instruction);
      const keyword = instruction.getInstructionRange();
      const flags = (instruction as Add).getFlags().map((f) => f.getName().toLowerCase());
      const copy = keywordInStyleOf(instruction.getInstruction(), 'COPY');
      ctx.report({
        at: keyword,
        message: `ADD copies local files in ${stage ? describeStage(stage) : 'this file'}; ADD also fetches URLs and unpacks archives, so COPY says exactly what happens.`,
        object: stage ? stageLabel(stage) : null,
        fix: flags.some((f) => ADD_ONLY_FLAGS.has(f)) ? null : { title: 'Use COPY', edits: [{ ...ctx.file.lines.spanOf(keyword), text: copy }] },
      });
    }
  },
});
