// Build steps already run as the USER in effect; sudo adds a setuid-root binary and a sudoers
// policy to the image, and its TTY and signal handling misbehave in containers.
import { parseArgs, runInstructions } from '../../dockerfile/commands.js';
import { instructionScript } from '../../dockerfile/run-script.js';
import { baseName, commandWords, type SimpleCommand } from '../../dockerfile/shell.js';
import { describeStage, stageLabel } from '../../dockerfile/stages.js';
import { singleEditFix, defineRule } from '../../rule.js';
import type { Edit } from '../../types.js';

/** sudo options that take a value (`-u app`). */
const SUDO_WITH_VALUE = 'uUgCDhprtT';
/** Options that change who the command runs as, or that run no command at all: dropping sudo would change what happens. */
const IDENTITY_OPTIONS = new Set(['-u', '-g', '-U', '--user', '--group', '--other-user', '-i', '-s', '--login', '--shell', '-l', '--list', '-v', '--validate', '-k', '-K', '-e', '--edit']);

/** Deletes `sudo` and its options up to the command it runs, when that keeps the command's meaning. */
function dropSudo(command: SimpleCommand, sudoIndex: number): Edit | null {
  const words = command.words;
  const args = parseArgs(words.slice(sudoIndex + 1), { shortWithValue: SUDO_WITH_VALUE, longWithValue: ['--user', '--group', '--other-user', '--prompt', '--chdir', '--close-from', '--host'] }, false);
  if (args.options.some((o) => IDENTITY_OPTIONS.has(o.name))) return null;
  const first = args.operands[0];
  if (!first) return null;
  return { start: words[sudoIndex].span.start, end: first.word.span.start, text: '' };
}

export default defineRule({
  id: 'dockerfile/sudo',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'container',
  title: 'sudo used in RUN',
  references: [],
  aliases: ['DL3004', 'DS-0010', 'CKV2_DOCKER_1'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const { instruction, stage } of runInstructions(ctx)) {
      for (const command of instructionScript(ctx, instruction).commands) {
        const index = sudoIndex(command);
        if (index < 0) continue;
        ctx.report({
          at: command.words[index].span,
          message: `RUN in ${describeStage(stage)} uses sudo: the image must then ship a setuid-root sudo and a sudoers policy that any process in the container can try to abuse; run root steps before USER instead.`,
          object: stageLabel(stage),
          fix: () => {
            const edit = dropSudo(command, index);
            return singleEditFix('Remove sudo', edit);
          },
        });
      }
    }
  },
});

/** Where `sudo` is the program, possibly behind other wrappers (`env X=1 sudo …`); never as an argument. -1 when nowhere. */
function sudoIndex(command: SimpleCommand): number {
  const words = command.words;
  // sudo and every wrapper it may stand behind are wrappers: a command that runs none has no sudo.
  if (commandWords(command).length === words.length) return -1;
  for (let i = 0; i < words.length; i++) {
    // The suffix test spares most words the base name.
    if (words[i].text.endsWith('sudo') && baseName(words[i].text) === 'sudo' && isProgramPosition(command, i)) return i;
  }
  return -1;
}

const WRAPPERS = new Set(['env', 'nice', 'nohup', 'time', 'command', 'exec']);

/** True when word i is where a program name stands: first, or right after the options of a wrapper. */
function isProgramPosition(command: SimpleCommand, i: number): boolean {
  if (i === 0) return true;
  for (let k = 0; k < i; k++) {
    const t = command.words[k].text;
    if (k === 0 ? !WRAPPERS.has(baseName(t)) : !(t.startsWith('-') || /^[A-Za-z_]\w*=/.test(t) || WRAPPERS.has(baseName(t)))) return false;
  }
  return true;
}
