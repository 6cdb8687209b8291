// A POSIX shell pipeline succeeds when its last command does: in `curl URL | tar xz` a failed
// download still lets the RUN "succeed", and the image is built with whatever tar made of nothing.
import type { Instruction } from 'dockerfile-ast';
import { runInstructions } from '../../dockerfile/commands.js';
import { parseImageRef } from '../../dockerfile/image-ref.js';
import { instructionScript, isExecForm, shellFor } from '../../dockerfile/run-script.js';
import type { Pipeline, Script } from '../../dockerfile/shell.js';
import { ancestry, describeStage, stageLabel, type Stage } from '../../dockerfile/stages.js';
import { insertLinesBefore } from '../../fix/text-edits.js';
import { defineRule, type RuleContext } from '../../rule.js';

/** The first pipeline of the RUN's own script (not of a nested `sh -c`) that runs before any `set -o pipefail`. */
function unguardedPipeline(script: Script): Pipeline | undefined {
  for (const command of script.commands) {
    if (command.parent) continue;
    if (command.words[0].text === 'set' && setsPipefail(command.words.map((w) => w.text))) return undefined;
    if (command.pipeline.commands.length > 1) return command.pipeline;
  }
  return undefined;
}

/** `set -o pipefail`, `set -eo pipefail`, `set -euxo pipefail`, `set -o errexit -o pipefail`. */
function setsPipefail(words: string[]): boolean {
  if (words[0] !== 'set') return false;
  for (let i = 1; i < words.length - 1; i++) if (/^-[A-Za-z]*o$/.test(words[i]) && words[i + 1] === 'pipefail') return true;
  return false;
}

/** Windows images run RUN through cmd unless a SHELL says otherwise: no POSIX pipelines there. */
function isWindowsStage(stage: Stage): boolean {
  const root = ancestry(stage).at(-1);
  return root?.image !== undefined && /(^|[/:_.-])(windows|nanoserver|servercore)/i.test(root.image);
}

/** Alpine has no bash: its shell is BusyBox ash, which has pipefail too. */
function isAlpineStage(stage: Stage): boolean {
  const root = ancestry(stage).at(-1);
  if (root?.image === undefined) return false;
  const ref = parseImageRef(root.image.toLowerCase());
  return /(^|\/)alpine$/.test(ref.repository) || /(^|[-.])alpine/.test(ref.tag ?? '');
}

function shellLine(stage: Stage): string {
  const shell = isAlpineStage(stage) ? '/bin/ash' : '/bin/bash';
  return `SHELL ["${shell}", "-o", "pipefail", "-c"]`;
}

export default defineRule({
  id: 'dockerfile/pipefail',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'image',
  title: 'Pipe in RUN without pipefail',
  references: [],
  aliases: ['DL4006'],
  appliesTo: 'dockerfile',
  check(ctx) {
    const firstInStage = new Map<Stage, Instruction>();
    for (const { instruction, stage } of runInstructions(ctx)) {
      const shell = shellFor(ctx, instruction);
      if (!shell.posix || shell.pipefail || isExecForm(ctx, instruction) || isWindowsStage(stage)) continue;
      const pipeline = unguardedPipeline(instructionScript(ctx, instruction));
      if (!pipeline) continue;
      if (!firstInStage.has(stage)) firstInStage.set(stage, instruction);
      const first = firstInStage.get(stage)!;
      const commands = pipeline.commands;
      ctx.report({
        at: { start: commands[0].span.start, end: commands[commands.length - 1].span.end },
        message: `RUN in ${describeStage(stage)} pipes commands without pipefail: if a command before the last fails, the step still succeeds and the image is built from its partial output.`,
        object: stageLabel(stage),
        fix: () => pipefailFix(ctx, first, stage),
      });
    }
  },
});

function pipefailFix(ctx: RuleContext, first: Instruction, stage: Stage) {
  const line = shellLine(stage);
  return { title: `Insert ${line}`, edits: [insertLinesBefore(ctx.file, first.getRange().start.line, [line])] };
}
