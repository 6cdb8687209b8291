// A relative WORKDIR is resolved against the base image's working directory, which the base image
// can change from one version to the next; an absolute path says where the files go.
import type { Instruction } from 'dockerfile-ast';
import { dockerWords } from '../../dockerfile/docker-words.js';
import { argumentsRange, argumentsSource, escapeCharacter } from '../../dockerfile/instruction-text.js';
import { ancestry, describeStage, stageLabel, stages } from '../../dockerfile/stages.js';
import { defineRule, type RuleContext } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/relative-workdir',
  severity: 'info',
  fix: 'none',
  risk: 'image',
  title: 'WORKDIR is a relative path',
  references: [],
  aliases: ['DL3000', 'DS-0009', 'CKV_DOCKER_10'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const stage of stages(ctx)) {
      // Only a relative WORKDIR before any WORKDIR of the stage's chain depends on the base image.
      const earlier = ancestry(stage).slice(1).some((s) => s.instructions.some((i) => i.getKeyword() === 'WORKDIR'));
      if (earlier) continue;
      const first = stage.instructions.find((i) => i.getKeyword() === 'WORKDIR');
      if (!first) continue;
      const path = workdirPath(ctx, first);
      if (path === undefined || isAbsolute(path)) continue;
      ctx.report({
        at: argumentsRange(first)!,
        message: `WORKDIR ${path} in ${describeStage(stage)} is relative, so it depends on the base image's working directory: use an absolute path.`,
        object: stageLabel(stage),
      });
    }
  },
});

/** The path as Docker reads it; undefined when it is missing or starts with a variable. */
function workdirPath(ctx: RuleContext, instruction: Instruction): string | undefined {
  const source = argumentsSource(ctx, instruction);
  if (!source) return undefined;
  const text = dockerWords(source, escapeCharacter(ctx)).map((w) => w.text).join(' ');
  return text === '' || text.startsWith('$') ? undefined : text;
}

/** `/app`, and Windows' `C:\app`, `C:/app` and `\app`. */
function isAbsolute(path: string): boolean {
  return /^([/\\]|[A-Za-z]:[/\\]?)/.test(path);
}
