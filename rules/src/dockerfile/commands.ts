// Finding the programs a RUN script runs and reading their options the way the programs do, so
// rules match `curl -fsSLk` as well as `curl --insecure`, and never a quoted argument of `echo`.
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import type { Edit, Span } from '../types.js';
import { factsOf } from './instruction-facts.js';
import { instructionScript } from './run-script.js';
import { baseName, commandWords, type SimpleCommand, type Word } from './shell.js';
import { ancestry, finalStage, stages, type Stage } from './stages.js';

/** A program run by a simple command: the command itself, or one it hands a command to. */
export interface Invocation {
  command: SimpleCommand;
  /** Basename of the program, e.g. `curl` for `/usr/bin/curl`. */
  name: string;
  /** The program word and its arguments (wrappers such as `sudo -E` and `env X=1` skipped). */
  words: Word[];
}

/** Every program the RUN (or other shell-form) instruction runs, nested `sh -c` scripts included. */
export function invocationsIn(ctx: RuleContext, instruction: Instruction): Invocation[] {
  const facts = factsOf(instruction);
  if (!facts.invocations) {
    const found: Invocation[] = [];
    for (const command of instructionScript(ctx, instruction).commands) addInvocations(command, found);
    // Kept for the parse: an array of its exact size.
    facts.invocations = found.slice();
  }
  return facts.invocations;
}

/** Invocations of any of the named programs. */
export function findInvocations(ctx: RuleContext, instruction: Instruction, names: ReadonlySet<string> | readonly string[]): Invocation[] {
  const set = names instanceof Set ? names : new Set(names);
  return invocationsIn(ctx, instruction).filter((i) => set.has(i.name));
}

/** The command's program, plus the commands it runs through `find -exec … ;` and `xargs`. */
export function invocationsOf(command: SimpleCommand): Invocation[] {
  const out: Invocation[] = [];
  addInvocations(command, out);
  return out;
}

function addInvocations(command: SimpleCommand, out: Invocation[]): void {
  const words = commandWords(command);
  if (words.length === 0) return;
  const name = baseName(words[0].text);
  out.push({ command, name, words });
  if (name === 'find') {
    for (let i = 1; i < words.length; i++) {
      if (!['-exec', '-execdir', '-ok', '-okdir'].includes(words[i].text)) continue;
      let end = i + 1;
      while (end < words.length && words[end].text !== ';' && words[end].text !== '+') end++;
      if (end > i + 1) out.push({ command, name: baseName(words[i + 1].text), words: words.slice(i + 1, end) });
      i = end;
    }
  } else if (name === 'xargs') {
    const args = parseArgs(words.slice(1), XARGS_OPTIONS, false);
    const first = args.operands[0];
    if (first) out.push({ command, name: baseName(first.word.text), words: words.slice(first.index + 1) });
  }
}

const XARGS_OPTIONS: OptionSpec = { shortWithValue: 'adEeIiLlnPs', longWithValue: ['--arg-file', '--delimiter', '--max-args', '--max-procs', '--max-chars', '--replace', '--max-lines', '--eof'] };

// ---------------------------------------------------------------------------------------------
// Options

export interface OptionSpec {
  /** Short options that take a value, attached (`-ofile`) or as the next word (`-o file`). */
  shortWithValue?: string;
  /** Long options that take a value as the next word when not given as `--name=value`. */
  longWithValue?: readonly string[];
}

export interface ParsedOption {
  /** `-k` or `--insecure`, whatever the word it came from. */
  name: string;
  word: Word;
  /** Index of `word` among the arguments given to parseArgs. */
  index: number;
  /** For a short option, its character's index in the word (`k` of `-fsSLk` is 5). */
  char?: number;
  value?: string;
  /** The separate word holding the value (`--trusted-host pypi.org`). */
  valueWord?: Word;
}

export interface ParsedArgs {
  options: ParsedOption[];
  operands: { word: Word; index: number }[];
}

/**
 * Reads options GNU-style: combined short options (`-fsSL`), attached or separate values, `--` ends
 * the options, and options may follow operands unless `permute` is false (xargs, POSIX tools that
 * stop at their first operand).
 */
export function parseArgs(args: Word[], spec: OptionSpec, permute = true): ParsedArgs {
  const out: ParsedArgs = { options: [], operands: [] };
  const shortWithValue = spec.shortWithValue ?? '';
  const longWithValue = spec.longWithValue ?? [];
  let optionsOver = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const t = word.text;
    if (optionsOver || t === '-' || !t.startsWith('-')) {
      out.operands.push({ word, index: i });
      if (!permute) optionsOver = true;
      continue;
    }
    if (t === '--') {
      optionsOver = true;
      continue;
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      const option: ParsedOption = { name: eq < 0 ? t : t.slice(0, eq), word, index: i };
      if (eq >= 0) option.value = t.slice(eq + 1);
      else if (longWithValue.includes(t) && i + 1 < args.length) {
        option.valueWord = args[++i];
        option.value = option.valueWord.text;
      }
      out.options.push(option);
      continue;
    }
    for (let c = 1; c < t.length; c++) {
      const option: ParsedOption = { name: `-${t[c]}`, word, index: i, char: c };
      out.options.push(option);
      if (!shortWithValue.includes(t[c])) continue;
      if (c + 1 < t.length) option.value = t.slice(c + 1);
      else if (i + 1 < args.length) {
        option.valueWord = args[++i];
        option.value = option.valueWord.text;
      }
      break;
    }
  }
  return out;
}

/** The options of a parse whose name is one of `names`. */
export function optionsNamed(args: ParsedArgs, names: readonly string[]): ParsedOption[] {
  return args.options.filter((o) => names.includes(o.name));
}

/** Where an option is written: the word (or, for one of several combined short options, the word too). */
export function optionSpan(option: ParsedOption): Span {
  return option.valueWord ? { start: option.word.span.start, end: option.valueWord.span.end } : option.word.span;
}

// ---------------------------------------------------------------------------------------------
// Edits

/**
 * Deletes an option (with its separate value) and the blank before it, so `curl -k -fsSL x`
 * becomes `curl -fsSL x`; one letter of a combined option (`-fsSLk`) is deleted alone. Null when
 * the file text does not spell the option plainly (an escaped letter), so the edit cannot be exact.
 */
export function removeOptionEdit(text: string, option: ParsedOption): Edit | null {
  const word = option.word;
  const combined = option.char !== undefined && word.text.length > 2 && !option.valueWord && option.value === undefined;
  if (combined) {
    const at = word.offsets[option.char!];
    if (text[at] !== word.text[option.char!] || text[at - 1] === '\\') return null;
    return { start: at, end: at + 1, text: '' };
  }
  if (option.char !== undefined && option.char > 1) return null; // `-xvalue` after other letters: keep it simple
  return removeWordsEdit(text, word, option.valueWord ?? word);
}

/**
 * Deletes the words `first`..`last` and the blank before them; when they start a continued line,
 * the preceding line continuation goes too, so `curl \\⏎  -k \\⏎  URL` keeps one continuation.
 */
export function removeWordsEdit(text: string, first: Word, last: Word): Edit {
  let start = skipBlanksBack(text, first.span.start);
  // Exec form (`["curl", "-k", "URL"]`): the comma before the string goes with it.
  if (text[first.span.start] === '"' && text[start - 1] === ',') return { start: skipBlanksBack(text, start - 1), end: last.span.end, text: '' };
  let k = start - 1;
  if (text[k] === '\n') {
    k--;
    if (text[k] === '\r') k--;
    if (text[k] === '\\' || text[k] === '`') start = skipBlanksBack(text, k);
  }
  return { start, end: last.span.end, text: '' };
}

function skipBlanksBack(text: string, i: number): number {
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

// ---------------------------------------------------------------------------------------------
// Where RUN instructions are

export interface RunInstruction {
  instruction: Instruction;
  stage: Stage;
}

/** Every RUN of the file (or of the given stages, stage by stage) with its stage, in order. */
export function runInstructions(ctx: RuleContext, inStages?: readonly Stage[]): readonly RunInstruction[] {
  // The RUNs of every stage are listed once per parse.
  const byStage = ctx.memo('dockerfile/runs-by-stage', () => new Map(stages(ctx).map((stage) => [stage, runsOf(stage)])));
  if (!inStages) return ctx.memo('dockerfile/all-run-instructions', () => [...byStage.values()].flat());
  return inStages.flatMap((stage) => byStage.get(stage) ?? runsOf(stage));
}

function runsOf(stage: Stage): RunInstruction[] {
  return stage.instructions.filter((i) => i.getKeyword() === 'RUN').map((instruction) => ({ instruction, stage }));
}

/** The final stage and the stages it is built on: the ones whose files end up in the image. */
export function shippedStages(ctx: RuleContext): Stage[] {
  const last = finalStage(ctx);
  return last ? ancestry(last) : [];
}
