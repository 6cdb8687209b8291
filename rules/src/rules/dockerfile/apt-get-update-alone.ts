// Docker caches each RUN as a layer. A RUN that only refreshes the package lists is reused as is
// by later builds, so the install in a later RUN picks versions from lists that may be months old
// (missing security updates), or fails when the mirror has moved on.
import type { Instruction } from 'dockerfile-ast';
import { runInstructions } from '../../dockerfile/commands.js';
import { argumentsSource } from '../../dockerfile/instruction-text.js';
import { packageCommands, type Manager, type PackageCommand } from '../../dockerfile/packages.js';
import { instructionScript, isExecForm } from '../../dockerfile/run-script.js';
import { describeStage, stageLabel, type Stage } from '../../dockerfile/stages.js';
import { removeLines } from '../../fix/text-edits.js';
import { defineRule, type FixInput, type RuleContext } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/apt-get-update-alone',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'image',
  title: 'Package list update in its own RUN',
  references: ['CIS-D 4.7'],
  aliases: ['DS-0017', 'CKV_DOCKER_5'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const { instruction, stage } of runInstructions(ctx)) {
      const commands = packageCommands(ctx, instruction);
      const reported: Manager[] = [];
      for (const refresh of commands) {
        if (refresh.action !== 'refresh' || reported.includes(refresh.manager)) continue;
        if (commands.some((c) => c.manager === refresh.manager && (c.action === 'install' || c.action === 'upgrade'))) continue;
        reported.push(refresh.manager);
        const written = `${refresh.program} ${refresh.actionWord!.text}`;
        ctx.report({
          at: refresh.invocation.command.span,
          message: `\`${written}\` runs in a RUN of its own in ${describeStage(stage)}: the build cache reuses that layer, so a later install can read stale package lists and miss security updates.`,
          object: stageLabel(stage),
          fix: () => mergeFix(ctx, instruction, stage, refresh),
        });
      }
    }
  },
});

/** Moves the update in front of the stage's next RUN that uses the same manager, deleting this RUN. */
function mergeFix(ctx: RuleContext, lone: Instruction, stage: Stage, refresh: PackageCommand): FixInput | null {
  const script = instructionScript(ctx, lone);
  // Only a RUN that does nothing but refresh can go away whole.
  if (isExecForm(ctx, lone) || script.commands.some((c) => c.parent) || !packageCommands(ctx, lone).every((c) => c.action === 'refresh')) return null;
  if (script.commands.length !== packageCommands(ctx, lone).length) return null;
  const runs = stage.instructions.filter((i) => i.getKeyword() === 'RUN');
  const next = runs[runs.indexOf(lone) + 1];
  // The next RUN must install or upgrade with that manager: merged into anything else, the update is still alone.
  if (!next || isExecForm(ctx, next) || !packageCommands(ctx, next).some((c) => c.manager === refresh.manager && (c.action === 'install' || c.action === 'upgrade'))) return null;
  const source = argumentsSource(ctx, next);
  const loneSource = argumentsSource(ctx, lone);
  if (!source || !loneSource || /^\s*<</.test(source.text) || /[\r\n]/.test(loneSource.text.trim())) return null;
  const update = loneSource.text.trim();
  const at = source.offsets[source.text.search(/\S/)];
  if (at === undefined) return null;
  const range = lone.getRange();
  return {
    title: `Merge ${update} into the next RUN`,
    edits: [removeLines(ctx.file, range.start.line, range.end.line), { start: at, end: at, text: `${update} && ` }],
  };
}
