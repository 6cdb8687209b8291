// Text a RUN script writes into a file: `echo "gpgcheck=0" >> /etc/yum.conf`, `printf … > f`,
// `cat > f <<EOF … EOF`, `echo … | tee -a f`. Rules match settings in the text by path and pattern.
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import type { Span } from '../types.js';
import { invocationsOf, parseArgs } from './commands.js';
import { factsOf } from './instruction-facts.js';
import { instructionScript } from './run-script.js';
import { commandName, type Redirect, type Script, type SimpleCommand } from './shell.js';

export interface FileWrite {
  path: string;
  text: string;
  /** The command that writes (for `… | tee f`, the tee). */
  command: SimpleCommand;
  at: Span;
}

const WRITES = new Set(['>', '>>', '>|']);

function isWrite(redirect: Redirect): boolean {
  return WRITES.has(redirect.op) && redirect.target !== undefined;
}

/** What the instruction's script writes into files (several rules, and no-install-recommends once per install, ask). */
export function fileWrites(ctx: RuleContext, instruction: Instruction): FileWrite[] {
  const facts = factsOf(instruction);
  return (facts.fileWrites ??= findFileWrites(instructionScript(ctx, instruction)));
}

function findFileWrites(script: Script): FileWrite[] {
  const out: FileWrite[] = [];
  for (const command of script.commands) {
    // Only a redirection or tee writes: most commands need not be looked at further.
    if (!command.redirects.some(isWrite) && commandName(command) !== 'tee') continue;
    const [invocation] = invocationsOf(command);
    if (!invocation) continue;
    const targets = command.redirects.filter(isWrite).map((r) => r.target!.text);
    if (invocation.name === 'tee') targets.push(...parseArgs(invocation.words.slice(1), {}).operands.map((o) => o.word.text));
    if (targets.length === 0) continue;
    const text = writtenText(command, invocation.name, invocation.words.slice(1).map((w) => w.text));
    if (text === undefined) continue;
    for (const path of targets) out.push({ path, text, command, at: command.span });
  }
  return out;
}

/** What the command outputs: echo/printf arguments, a here-document, or what is piped into tee. */
function writtenText(command: SimpleCommand, name: string, args: string[]): string | undefined {
  if (name === 'echo' || name === 'printf') return args.join(' ');
  const input = command.redirects.find((r) => r.heredoc)?.heredoc?.text ?? command.redirects.find((r) => r.op === '<<<')?.target?.text;
  if ((name === 'cat' || name === 'tee') && input !== undefined) return input;
  if (name === 'tee') {
    const pipeline = command.pipeline.commands;
    const before = pipeline[pipeline.indexOf(command) - 1];
    const [source] = before ? invocationsOf(before) : [];
    if (source && (source.name === 'echo' || source.name === 'printf')) return source.words.slice(1).map((w) => w.text).join(' ');
  }
  return undefined;
}
