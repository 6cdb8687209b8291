// apt installs "recommended" packages by default: more packages, more size, more code to patch,
// none of which the image asked for. Only the final stage and the stages it builds on ship.
import type { Instruction } from 'dockerfile-ast';
import { runInstructions, shippedStages } from '../../dockerfile/commands.js';
import { fileWrites } from '../../dockerfile/file-writes.js';
import { hasOption, packageCommands, type PackageCommand } from '../../dockerfile/packages.js';
import { isExecForm } from '../../dockerfile/run-script.js';
import { ancestry, describeStage, stageLabel, type Stage } from '../../dockerfile/stages.js';
import { defineRule, type FixInput, type RuleContext } from '../../rule.js';

const RECOMMENDS_OFF = /Install-Recommends\s*(=\s*|\s+"?)(false|0|no)\b/i;

export default defineRule({
  id: 'dockerfile/no-install-recommends',
  severity: 'info',
  fix: 'unsafe',
  risk: 'image',
  title: 'apt-get install without --no-install-recommends',
  references: ['CIS-D 4.3'],
  aliases: ['DL3015', 'DS-0029'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const { instruction, stage } of runInstructions(ctx, shippedStages(ctx))) {
      for (const c of packageCommands(ctx, instruction)) {
        if (c.manager !== 'apt' || c.actionWord?.text !== 'install') continue;
        if (hasOption(c, '--no-install-recommends') || c.args.options.some((o) => (o.name === '-o' || o.name === '--option') && RECOMMENDS_OFF.test(o.value ?? ''))) continue;
        if (configuredOff(ctx, stage, instruction)) continue;
        ctx.report({
          at: { start: c.programWord.span.start, end: c.actionWord.span.end },
          message: `\`${c.program} install\` in ${describeStage(stage)} also installs recommended packages: extra software in the image to carry, patch and scan, that nothing asked for.`,
          object: stageLabel(stage),
          fix: () => insertFlag(ctx, instruction, c),
        });
      }
    }
  },
});

/** An earlier RUN of the stage (or of those it builds on) wrote `APT::Install-Recommends "false"` into apt's configuration. */
function configuredOff(ctx: RuleContext, stage: Stage, instruction: Instruction): boolean {
  const line = instruction.getRange().start.line;
  return runInstructions(ctx, ancestry(stage)).some(
    ({ instruction: i, stage: s }) => (s !== stage || i.getRange().start.line < line) && fileWrites(ctx, i).some((w) => w.path.startsWith('/etc/apt/apt.conf') && RECOMMENDS_OFF.test(w.text)),
  );
}

function insertFlag(ctx: RuleContext, instruction: Instruction, c: PackageCommand): FixInput | null {
  const w = c.actionWord!;
  const written = ctx.text.slice(w.span.start, w.span.end);
  const exec = !c.invocation.command.parent && isExecForm(ctx, instruction);
  if (written !== (exec ? '"install"' : 'install')) return null;
  return { title: 'Add --no-install-recommends', edits: [{ start: w.span.end, end: w.span.end, text: exec ? ', "--no-install-recommends"' : ' --no-install-recommends' }] };
}
