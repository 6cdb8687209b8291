// The shell script of a RUN (or CMD / ENTRYPOINT) instruction, tokenized once per file, and the
// shell Docker hands it to (the default `/bin/sh -c`, or the stage's last SHELL instruction).
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import { parseExecForm } from './exec-form.js';
import { factsOf } from './instruction-facts.js';
import { argumentsSource, execFormWords } from './instruction-text.js';
import { baseName, parseScript, POSIX_SHELLS, scriptOfWords, type Script } from './shell.js';
import type { SourceText } from './source.js';
import { stages } from './stages.js';

/** Instructions whose shell form Docker runs through the SHELL. */
const SHELL_FORM_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);

export interface ShellSetting {
  /** The SHELL instruction in effect; undefined for Docker's default `["/bin/sh", "-c"]`. */
  instruction?: Instruction;
  /** The shell command line the script is appended to. */
  argv: string[];
  /** A POSIX shell (sh, bash, ash…) whose scripts we tokenize; false for cmd, powershell… */
  posix: boolean;
  /** The shell is started with `-o pipefail`, so a pipeline fails when any of its commands fails. */
  pipefail: boolean;
}

const DEFAULT_SHELL: ShellSetting = { argv: ['/bin/sh', '-c'], posix: true, pipefail: false };

/**
 * Exec form gives one command of the array's strings; shell form is tokenized as a script, unless
 * a SHELL instruction made the shell something other than a POSIX shell (then the script is empty:
 * PowerShell or cmd syntax is not ours to read).
 */
export function instructionScript(ctx: RuleContext, instruction: Instruction): Script {
  const facts = factsOf(instruction);
  return (facts.script ??= readScript(ctx, instruction));
}

function readScript(ctx: RuleContext, instruction: Instruction): Script {
  const source = argumentsSource(ctx, instruction);
  const exec = execFormWords(ctx, instruction);
  if (!source) return emptyScript();
  if (exec) return scriptOfWords(exec);
  if (SHELL_FORM_KEYWORDS.has(instruction.getKeyword()) && !shellFor(ctx, instruction).posix) return emptyScript();
  return parseScript(source, { bareHeredocIsScript: true });
}

export function scriptOfSource(source: SourceText): Script {
  const exec = parseExecForm(source);
  return exec ? scriptOfWords(exec) : parseScript(source, { bareHeredocIsScript: true });
}

/** True when the instruction is written in exec (JSON) form, so no shell runs it. */
export function isExecForm(ctx: RuleContext, instruction: Instruction): boolean {
  return execFormWords(ctx, instruction) !== undefined;
}

/**
 * The shell the instruction's shell form runs in: the last SHELL before it in its stage, else the
 * one its parent stage ended with (a stage built `FROM` another inherits its SHELL), else the default.
 */
export function shellFor(ctx: RuleContext, instruction: Instruction): ShellSetting {
  const settings = ctx.memo('dockerfile/shell-settings', () => computeShellSettings(ctx));
  return settings.get(instruction) ?? DEFAULT_SHELL;
}

/** Parses the arguments of a SHELL instruction; undefined when they are not a JSON array. */
export function parseShellInstruction(ctx: RuleContext, instruction: Instruction): ShellSetting | undefined {
  const words = execFormWords(ctx, instruction);
  if (!words || words.length === 0) return undefined;
  return shellSetting(words.map((w) => w.text), instruction);
}

export function shellSetting(argv: string[], instruction?: Instruction): ShellSetting {
  const posix = POSIX_SHELLS.has(baseName(argv[0]).toLowerCase());
  const setting: ShellSetting = { argv, posix, pipefail: posix && setsPipefail(argv.slice(1)) };
  if (instruction) setting.instruction = instruction;
  return setting;
}

/** `-o pipefail`, `-eo pipefail`, `-euxo pipefail`, `-o errexit -o pipefail`… before the script. */
function setsPipefail(options: string[]): boolean {
  for (let i = 0; i < options.length; i++) {
    const o = options[i];
    if (!/^-[A-Za-z]+$/.test(o)) return false;
    if (o.endsWith('o') && options[i + 1] === 'pipefail') return true;
    if (o.endsWith('o')) i++;
  }
  return false;
}

function computeShellSettings(ctx: RuleContext): Map<Instruction, ShellSetting> {
  const map = new Map<Instruction, ShellSetting>();
  const finalOf = new Map<number, ShellSetting>();
  for (const stage of stages(ctx)) {
    let current = (stage.parent && finalOf.get(stage.parent.index)) ?? DEFAULT_SHELL;
    for (const instruction of stage.instructions) {
      if (instruction.getKeyword() === 'SHELL') current = parseShellInstruction(ctx, instruction) ?? current;
      else map.set(instruction, current);
    }
    finalOf.set(stage.index, current);
  }
  return map;
}

function emptyScript(): Script {
  return { commands: [], pipelines: [] };
}
