// Package managers keep what they downloaded (lists, indexes, archives, wheels) unless told not
// to. Left in a layer, it ships in every copy of the image and no later RUN can make it smaller.
// Only the final stage and the stages it builds on are checked: other build stages do not ship.
import type { Instruction } from 'dockerfile-ast';
import { invocationsIn, parseArgs, runInstructions, shippedStages } from '../../dockerfile/commands.js';
import { declarations } from '../../dockerfile/declarations.js';
import { hasOption, packageCommands, type Manager, type PackageCommand } from '../../dockerfile/packages.js';
import { instructionScript, isExecForm } from '../../dockerfile/run-script.js';
import { isUnder, throwawayMountTargets } from '../../dockerfile/run-mounts.js';
import { ancestry, describeStage, stageLabel, type Stage } from '../../dockerfile/stages.js';
import { defineRule, type FixInput, type RuleContext } from '../../rule.js';
import type { Span } from '../../types.js';

/** Where each manager keeps its downloads; removing (or mounting a cache on) any of them counts. */
const CACHE_DIRS: Record<'apt' | 'apk' | 'rpm' | 'zypper' | 'pip', string[]> = {
  apt: ['/var/lib/apt/lists'],
  apk: ['/var/cache/apk', '/etc/apk/cache'],
  rpm: ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5', '/var/cache/tdnf'],
  zypper: ['/var/cache/zypp'],
  pip: ['/root/.cache/pip'],
};

type Checked = keyof typeof CACHE_DIRS;

export default defineRule({
  id: 'dockerfile/package-cache',
  severity: 'info',
  fix: 'safe',
  risk: 'image',
  title: 'Package manager cache left in the image',
  references: ['CIS-D 4.3'],
  aliases: ['DL3009', 'DL3019', 'DL3042', 'DS-0015', 'DS-0019', 'DS-0020', 'DS-0025', 'DS-0027'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const { instruction, stage } of runInstructions(ctx, shippedStages(ctx))) {
      const commands = packageCommands(ctx, instruction).filter((c) => c.manager in CACHE_DIRS);
      // In a script with an unclosed quote or backtick, where a command ends is a guess: no edits.
      const editable = !instructionScript(ctx, instruction).incomplete;
      const removed = removedPaths(ctx, instruction);
      const mounts = throwawayMountTargets(instruction);
      const cleaned = (manager: Checked) => removed.some((p) => CACHE_DIRS[manager].some((d) => isUnder(d, [p]))) || mounts.some((m) => CACHE_DIRS[manager].some((d) => isUnder(d, [m])));
      const report = (c: PackageCommand, what: string, fix: (() => FixInput | null) | null) =>
        ctx.report({
          at: actionSpan(c),
          message: `\`${c.program} ${c.actionWord!.text}\` in ${describeStage(stage)} ${what}: it ships in every copy of the image, and no later step can take it out of this layer.`,
          object: stageLabel(stage),
          fix,
        });
      const done = new Set<Manager>();
      for (const c of commands) {
        const manager = c.manager as Checked;
        if (c.action !== 'install' && c.action !== 'upgrade') continue;
        if (manager === 'pip') {
          if (c.action !== 'install' || hasOption(c, '--no-cache-dir') || cleaned('pip') || pipCacheOff(ctx, stage, instruction, c)) continue;
          report(c, 'keeps the downloaded packages in pip\'s cache', editable ? () => insertAfterAction(ctx, instruction, c, '--no-cache-dir') : null);
        } else if (manager === 'apk') {
          if (hasOption(c, '--no-cache') || cleaned('apk')) continue;
          report(c, 'keeps the package index in /var/cache/apk', editable ? () => insertAfterAction(ctx, instruction, c, '--no-cache') : null);
        } else {
          if (done.has(manager) || cleaned(manager) || cleansUp(commands, manager)) continue;
          done.add(manager);
          const what = manager === 'apt' ? 'leaves the package lists in /var/lib/apt/lists' : `leaves its metadata and package cache in /var/cache`;
          report(c, what, editable ? () => appendCleanup(ctx, instruction, commands, c) : null);
        }
      }
    }
  },
});

function actionSpan(c: PackageCommand): Span {
  return { start: c.programWord.span.start, end: c.actionWord!.span.end };
}

/** Operands of the RUN's `rm` commands, without a trailing `/*`; a home directory counts as root's. */
function removedPaths(ctx: RuleContext, instruction: Instruction): string[] {
  return invocationsIn(ctx, instruction)
    .filter((i) => i.name === 'rm')
    .flatMap((i) => parseArgs(i.words.slice(1), {}).operands.map((o) => o.word.text.replace(/\/\*$/, '').replace(/^(~|\$HOME|\$\{HOME\})(?=\/)/, '/root')));
}

/** `yum clean all`, `dnf clean all`, `zypper clean -a` in the same RUN. */
function cleansUp(commands: PackageCommand[], manager: Manager): boolean {
  return commands.some((c) => {
    if (c.manager !== manager || c.action !== 'clean') return false;
    if (manager === 'rpm') return c.packages.some((p) => p.text === 'all');
    if (manager === 'zypper') return hasOption(c, '-a', '--all');
    return false; // `apt-get clean` empties /var/cache/apt/archives, not the lists
  });
}

/** PIP_NO_CACHE_DIR set for the command (`ENV` in the stage or those it builds on, or an assignment). */
function pipCacheOff(ctx: RuleContext, stage: Stage, instruction: Instruction, c: PackageCommand): boolean {
  if (c.invocation.command.assignments.some((a) => a.text.startsWith('PIP_NO_CACHE_DIR='))) return true;
  const line = instruction.getRange().start.line;
  return ancestry(stage).some((s) =>
    s.instructions.some((i) => (s !== stage || i.getRange().start.line < line) && declarations(ctx, i).some((d) => d.keyword === 'ENV' && d.name === 'PIP_NO_CACHE_DIR' && d.value)),
  );
}

/** The action word as the file spells it, so an insertion after it lands in the right place. */
function plainAction(ctx: RuleContext, c: PackageCommand): boolean {
  const w = c.actionWord!;
  const written = ctx.text.slice(w.span.start, w.span.end);
  return written === w.text || written === `"${w.text}"`;
}

/** ` --no-cache` after `apk add`, ` --no-cache-dir` after `pip install` (`, "…"` in exec form). */
function insertAfterAction(ctx: RuleContext, instruction: Instruction, c: PackageCommand, flag: string): FixInput | null {
  if (!plainAction(ctx, c)) return null;
  const exec = !c.invocation.command.parent && isExecForm(ctx, instruction);
  const at = c.actionWord!.span.end;
  return { title: `Add ${flag}`, edits: [{ start: at, end: at, text: exec ? `, "${flag}"` : ` ${flag}` }] };
}

const CLEANUP: Record<string, string> = {
  apt: 'rm -rf /var/lib/apt/lists/*',
  zypper: 'zypper clean -a',
};

/** ` && <cleanup>` after the last command of the manager in the same script as the install. */
function appendCleanup(ctx: RuleContext, instruction: Instruction, commands: PackageCommand[], install: PackageCommand): FixInput | null {
  const command = install.invocation.command;
  if (!command.parent && isExecForm(ctx, instruction)) return null;
  const last = commands.filter((c) => c.manager === install.manager && c.invocation.command.parent === command.parent).at(-1)!.invocation.command;
  // Inside a loop the cleanup would run before the next round's install; with a wrapper (sudo) it would lack its rights.
  if (last.inLoop || command.inLoop || last.words[0] !== commands.find((c) => c.invocation.command === last)!.programWord) return null;
  const cleanup = CLEANUP[install.manager] ?? `${install.program} clean all`;
  const pipeline = last.pipeline.commands;
  const at = pipeline[pipeline.length - 1].span.end;
  return { title: `Add ${cleanup}`, edits: [{ start: at, end: at, text: ` && ${cleanup}` }] };
}
