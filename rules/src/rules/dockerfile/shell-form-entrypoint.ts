// In shell form, CMD and ENTRYPOINT run under `/bin/sh -c`: the shell is PID 1 and does not pass
// SIGTERM on, so `docker stop` waits and then kills the application without a clean shutdown.
import type { Instruction } from 'dockerfile-ast';
import { argumentsRange, argumentsSource, execFormWords } from '../../dockerfile/instruction-text.js';
import { ancestry, describeStage, finalStage, stageLabel } from '../../dockerfile/stages.js';
import { defineRule, type FixInput, type RuleContext } from '../../rule.js';

/** Words of a command whose meaning JSON form keeps: no expansions, globs, operators or comments. */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Shell builtins and keywords: no program of that name exists to run in exec form. */
const SHELL_ONLY = new Set(['cd', 'export', 'source', '.', 'set', 'unset', 'ulimit', 'umask', 'trap', 'eval', 'exec', 'alias', 'read', 'wait', 'shift', 'exit', 'return', 'if', 'for', 'while', 'until', 'case', 'function', 'time']);

export default defineRule({
  id: 'dockerfile/shell-form-entrypoint',
  severity: 'info',
  fix: 'unsafe',
  risk: 'container',
  title: 'CMD or ENTRYPOINT in shell form',
  references: ['BuildKit JSONArgsRecommended'],
  aliases: ['DL3025', 'JSONArgsRecommended'],
  appliesTo: 'dockerfile',
  check(ctx) {
    const final = finalStage(ctx);
    if (!final) return;
    // What the container runs: the last ENTRYPOINT of the chain, else its last CMD.
    const chain = ancestry(final).reverse().flatMap((s) => s.instructions);
    const entrypoint = chain.filter((i) => i.getKeyword() === 'ENTRYPOINT').pop();
    const cmd = chain.filter((i) => i.getKeyword() === 'CMD').pop();
    const pid1 = entrypoint ?? cmd;
    if (!pid1 || !argumentsRange(pid1)) return;
    const source = argumentsSource(ctx, pid1);
    if (!source || execFormWords(ctx, pid1)) return;
    const command = source.text.trim();
    // `exec app` replaces the shell with the application, which then receives the signals.
    if (/^exec\s/.test(command)) return;
    const keyword = pid1.getKeyword();
    ctx.report({
      at: argumentsRange(pid1)!,
      message: `${keyword} of the final image (${describeStage(final)}) is in shell form, so /bin/sh is PID 1 and does not forward SIGTERM: the application is killed instead of shutting down cleanly.`,
      object: stageLabel(final),
      // Exec-form ENTRYPOINT takes CMD as its arguments, which shell form ignored.
      fix: keyword === 'ENTRYPOINT' && cmd ? null : () => execFormFix(ctx, pid1, command),
    });
  },
});

/** JSON form of a command made only of plain or simply quoted words; null when the shell matters. */
function execFormFix(ctx: RuleContext, instruction: Instruction, command: string): FixInput | null {
  const words = plainWords(command);
  if (!words || words.length === 0 || SHELL_ONLY.has(words[0]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) return null;
  const args = argumentsRange(instruction)!;
  const span = { start: ctx.file.lines.offsetAt(args.start), end: ctx.file.lines.offsetAt(instruction.getRange().end) };
  const json = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  return { title: `Use the exec form ${json}`, edits: [{ ...span, text: json }] };
}

/**
 * Splits on blanks; a word may be plain characters, '…' (anything but a quote) or "…" (nothing the
 * shell would expand or escape). Undefined when anything else occurs.
 */
function plainWords(command: string): string[] | undefined {
  const words: string[] = [];
  let i = 0;
  while (i < command.length) {
    if (command[i] === ' ' || command[i] === '\t') {
      i++;
      continue;
    }
    let word = '';
    while (i < command.length && command[i] !== ' ' && command[i] !== '\t') {
      const c = command[i];
      if (c === "'" || c === '"') {
        const close = command.indexOf(c, i + 1);
        if (close < 0) return undefined;
        const inner = command.slice(i + 1, close);
        if (c === '"' && /[$`\\!]/.test(inner)) return undefined;
        word += inner;
        i = close + 1;
      } else if (PLAIN.test(c)) {
        word += c;
        i++;
      } else return undefined;
    }
    words.push(word);
  }
  return words;
}
