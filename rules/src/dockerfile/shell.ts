// A tokenizer for the POSIX shell scripts in RUN (and CMD/ENTRYPOINT): it finds the simple
// commands a script runs, as lists of words after quote removal, each word keeping the file
// offsets of its characters. It does not expand anything: `$X`, `$(…)` and backticks stay inside
// their word as written. Scripts handed to a shell (`sh -c "…"`, `bash <<EOF`) are tokenized too,
// and their commands point into the file like the others.
import type { Span } from '../types.js';
import { slice, spanIn, type SourceText } from './source.js';
import { WordText, type Word } from './word-text.js';

export type { Word } from './word-text.js';

export interface Redirect {
  /** `>`, `>>`, `2>&1` gives `>&`, `<<`, `<<-`, `<<<`… */
  op: string;
  target?: Word;
  span: Span;
  /** The body of a here-document (`<<` / `<<-`), without its delimiter line. */
  heredoc?: SourceText;
}

export interface SimpleCommand {
  /** The command name and its arguments (leading `VAR=value` assignments and redirections excluded). */
  words: Word[];
  /** The words from the program that actually runs: `sudo -u app sh -c x` gives `sh -c x` (see commandWords). */
  program: Word[];
  /** Leading `VAR=value` words. */
  assignments: Word[];
  redirects: Redirect[];
  span: Span;
  /** The commands joined to this one by `|` (itself included; a single command is a pipeline of one). */
  pipeline: Pipeline;
  /** The `sh -c` / `bash <<EOF` command whose script holds this command. */
  parent?: SimpleCommand;
  /** True inside the body (or condition) of a `for`/`while`/`until`/`select` loop, here or in the parent's script. */
  inLoop?: boolean;
}

export interface Pipeline {
  commands: SimpleCommand[];
}

export interface Script {
  /** Every simple command in source order, those of nested scripts right after their shell. */
  commands: SimpleCommand[];
  pipelines: Pipeline[];
  /**
   * A quote, backtick or `$(`/`${` is never closed: the shell would reject the script, and where
   * a word ends is a guess, so rules offer no edits inside such a script.
   */
  incomplete?: boolean;
}

export interface ScriptOptions {
  /** Docker's `RUN <<EOF`: a here-document with no command is itself the script. */
  bareHeredocIsScript?: boolean;
}

/** Shells whose `-c` string or standard input is a script we can read. */
export const POSIX_SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);

const MAX_NESTING = 8;
/** Deeper `"$("$(…` nesting than any real script; beyond it we stop looking for the end. */
const MAX_SKIP_NESTING = 200;

export function parseScript(source: SourceText, options: ScriptOptions = {}): Script {
  const script: Script = { commands: [], pipelines: [] };
  addScript(script, source, options.bareHeredocIsScript ?? false, 0, undefined);
  // Scripts live as long as the parse: keep arrays of their exact size (grown by push they hold at least 17).
  script.commands = script.commands.slice();
  script.pipelines = script.pipelines.slice();
  return script;
}

/** A script of one command whose words are already known (exec form `RUN ["sh", "-c", "…"]`). */
export function scriptOfWords(words: Word[]): Script {
  const script: Script = { commands: [], pipelines: [] };
  if (words.length === 0) return script;
  const span = { start: words[0].span.start, end: words[words.length - 1].span.end };
  const command: SimpleCommand = { words, program: programWords(words), assignments: [], redirects: [], span, pipeline: newPipeline(script), parent: undefined };
  addCommand(script, command, 0);
  return script;
}

export function baseName(word: string): string {
  const slash = word.lastIndexOf('/');
  // Most program words name no directory: the word is its own base name, no copy needed.
  return slash < 0 ? word : word.slice(slash + 1);
}

/** Programs that run the command given as their operands (a Map: every command's first word is looked up). */
const WRAPPERS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    // wrapper: its options that take a separate argument
    sudo: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-T', '-U'],
    doas: ['-u', '-C'],
    env: ['-u', '-C', '-S'],
    nice: ['-n'],
    exec: ['-a'],
    nohup: [],
    command: [],
    time: [],
  }),
);

/** The command's words from the program that actually runs: `sudo -u app sh -c x` gives `sh -c x`. */
export function commandWords(command: SimpleCommand): Word[] {
  return command.program;
}

/** The words from the program that actually runs, wrappers (and their options) skipped. */
function programWords(words: Word[]): Word[] {
  let k = 0;
  while (k < words.length) {
    const wrapper = baseName(words[k].text);
    const withArgument = WRAPPERS.get(wrapper);
    if (!withArgument) break;
    const isEnv = wrapper === 'env';
    k++;
    while (k < words.length && (words[k].text.startsWith('-') || (isEnv && /^[A-Za-z_]\w*=/.test(words[k].text)))) {
      if (words[k].text === '--') {
        k++;
        break;
      }
      k += withArgument.includes(words[k].text) ? 2 : 1;
    }
  }
  // Most commands run no wrapper: their own words are the answer, with no copy.
  return k === 0 ? words : words.slice(k);
}

/** Basename of the program the command runs (`/usr/bin/curl` gives `curl`), or undefined. */
export function commandName(command: SimpleCommand): string | undefined {
  const first = commandWords(command)[0];
  return first ? baseName(first.text) : undefined;
}

/** The script a shell command runs: its `-c` string, or its here-document / here-string input. */
export function shellScriptOf(command: SimpleCommand): SourceText | undefined {
  const words = commandWords(command);
  if (words.length === 0 || !POSIX_SHELLS.has(baseName(words[0].text))) return undefined;
  let runsString = false;
  let i = 1;
  for (; i < words.length; i++) {
    const a = words[i].text;
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (a === '-o' || a === '+o' || a === '-O' || a === '+O' || a === '--rcfile' || a === '--init-file') {
      i++;
      continue;
    }
    if (/^[-+][A-Za-z]+$/.test(a)) {
      if (a[0] === '-' && a.includes('c')) runsString = true;
      continue;
    }
    if (a.startsWith('--')) continue;
    break;
  }
  if (runsString) return words[i];
  if (i < words.length) return undefined; // `sh script.sh`: the script is a file we cannot see
  for (const r of command.redirects) {
    if (r.heredoc) return r.heredoc;
    if (r.op === '<<<' && r.target) return r.target;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Building a script from the lexer's commands

/** Reserved words that may precede a command (`if curl …; then sudo …; fi`). */
const LEADING_RESERVED = new Set(['!', '{', '}', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'esac']);
/** Compound commands whose words are not a command to run. */
const NOT_A_COMMAND = new Set(['for', 'case', 'select', 'function']);
/** Reserved words that open and close a loop, whose body runs any number of times. */
const LOOP_OPENERS = new Set(['for', 'select', 'while', 'until']);
const LOOP_CLOSER = 'done';

function addScript(script: Script, source: SourceText, bareHeredocIsScript: boolean, depth: number, parent: SimpleCommand | undefined): void {
  const lexer = new Lexer(source);
  lexer.run();
  if (lexer.unterminated) script.incomplete = true;
  let pipeline: Pipeline | undefined;
  let pipelineId = -1;
  let loops = 0;
  const commands = lexer.commands;
  for (let c = 0; c < commands.length; c++) {
    const command = commands[c];
    if (!pipeline || lexer.pipelineIds[c] !== pipelineId) {
      pipeline = { commands: [] };
      pipelineId = lexer.pipelineIds[c];
    }
    loops = Math.max(0, loops + loopChange(command.words));
    const words = stripReserved(command.words);
    if (words.length === 0) {
      // Only Docker treats a lone here-document as the script to run.
      const body = bareHeredocIsScript ? command.redirects.find((r) => r.heredoc)?.heredoc : undefined;
      if (body && depth < MAX_NESTING && runsInPosixShell(body)) addScript(script, body, false, depth + 1, parent);
      continue;
    }
    if (!words[0].quoted && NOT_A_COMMAND.has(words[0].text)) continue;
    if (pipeline.commands.length === 0) script.pipelines.push(pipeline);
    command.words = words;
    command.program = programWords(words);
    command.pipeline = pipeline;
    command.parent = parent;
    if (loops > 0 || parent?.inLoop === true) command.inLoop = true;
    addCommand(script, command, depth);
  }
}

/** +1 for each loop the command's leading reserved words open, -1 for each they close. */
function loopChange(words: Word[]): number {
  let change = 0;
  for (const w of words) {
    if (w.quoted) break;
    if (LOOP_OPENERS.has(w.text)) change++;
    else if (w.text === LOOP_CLOSER) change--;
    // `for` and `select` are followed by their variable and list, not by more reserved words.
    if (!LEADING_RESERVED.has(w.text)) break;
  }
  return change;
}

/** Adds the command, then the commands of the script it hands a shell. */
function addCommand(script: Script, command: SimpleCommand, depth: number): void {
  // Most pipelines are one command: arrays of their exact size (grown by push they would hold 17).
  const pipeline = command.pipeline;
  pipeline.commands = pipeline.commands.length === 0 ? [command] : pipeline.commands.concat(command);
  script.commands.push(command);
  const nested = shellScriptOf(command);
  if (nested && depth < MAX_NESTING) addScript(script, nested, false, depth + 1, command);
}

function newPipeline(script: Script): Pipeline {
  const pipeline: Pipeline = { commands: [] };
  script.pipelines.push(pipeline);
  return pipeline;
}

function stripReserved(words: Word[]): Word[] {
  let k = 0;
  while (k < words.length && !words[k].quoted && LEADING_RESERVED.has(words[k].text)) k++;
  return k === 0 ? words : words.slice(k);
}

/** A script with a `#!` line naming another interpreter (python, node…) is not shell. */
function runsInPosixShell(body: SourceText): boolean {
  const first = /^\s*#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(body.text);
  if (!first) return true;
  const program = baseName(first[1]) === 'env' && first[2] ? first[2] : baseName(first[1]);
  return POSIX_SHELLS.has(program);
}

// ---------------------------------------------------------------------------------------------
// The lexer

const REDIRECT = /^(\d*)(<<<|<<-|<<|&>>|&>|>>|>&|<&|>\||<>|<|>)/;
const REDIRECT_AT = new RegExp(REDIRECT.source.slice(1), 'y');
const WORD_END = new Set([' ', '\t', '\n', '\r', ';', '&', '|', '(', ')', '<', '>']);
/**
 * ASCII characters that stand for themselves in an unquoted word (1) or inside "…" (2): the lexer
 * runs over these a character code at a time. `$` is neither: what follows it decides.
 */
const PLAIN = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const c = String.fromCharCode(code);
  if (c === '$') continue;
  if (!WORD_END.has(c) && !'\\\'"`'.includes(c)) PLAIN[code] |= 1;
  if (!'"\\`'.includes(c)) PLAIN[code] |= 2;
}
const IN_WORD = 1;
const IN_DOUBLE_QUOTES = 2;
/** A command's span until the lexer knows where it ends. */
const EMPTY_SPAN: Span = { start: 0, end: 0 };
/** What a command's fields hold until the lexer (or addScript) fills them in. */
const NO_PIPELINE: Pipeline = { commands: [] };
/**
 * Most commands have no assignment or redirection: they share these empty arrays, which nothing
 * pushes to (the lexer gives a command its own array before adding the first).
 */
const NO_WORDS: Word[] = [];
const NO_REDIRECTS: Redirect[] = [];

/** A redirection starts with a file descriptor number, `<`, `>` or `&`: a cheap test before the pattern. */
function mayStartRedirect(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 60 || code === 62 || code === 38;
}

/** `NAME=` within the first 128 characters at `start`: the word is a variable assignment. */
function startsWithAssignment(t: string, start: number): boolean {
  const limit = Math.min(t.length, start + 128);
  let k = start;
  if (k >= limit || !isNameStart(t.charCodeAt(k))) return false;
  k++;
  while (k < limit && isNameChar(t.charCodeAt(k))) k++;
  return k < limit && t.charCodeAt(k) === 61; // '='
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

/** A character that is itself in an unquoted word: no blank, operator, quote, escape or expansion starts there. */
function isPlainInWord(t: string, j: number): boolean {
  const code = t.charCodeAt(j);
  if (code >= 128 || (PLAIN[code] & IN_WORD) !== 0) return true;
  if (code !== 36) return false; // '$'
  const next = t.charCodeAt(j + 1);
  return next !== 40 && next !== 123 && next !== 39; // '(' '{' "'"
}

/** A character that is itself inside "…": no closing quote, escape or expansion starts there. */
function isPlainInDoubleQuotes(t: string, j: number): boolean {
  const code = t.charCodeAt(j);
  if (code >= 128 || (PLAIN[code] & IN_DOUBLE_QUOTES) !== 0) return true;
  if (code !== 36) return false; // '$'
  const next = t.charCodeAt(j + 1);
  return next !== 40 && next !== 123; // '(' '{'
}

/** The control operator at t[i], longest first (`&&` before `&`), or undefined. */
function operatorAt(t: string, i: number): string | undefined {
  const c = t[i];
  const next = t[i + 1];
  switch (c) {
    case '&':
      return next === '&' ? '&&' : '&';
    case '|':
      return next === '|' ? '||' : next === '&' ? '|&' : '|';
    case ';':
      return next === ';' ? ';;' : ';';
    case '(':
    case ')':
      return c;
    default:
      return undefined;
  }
}

/** The redirection at t[i] (fd digits, then the operator), read within 16 characters as it always was. */
function redirectAt(t: string, i: number): RegExpExecArray | null {
  REDIRECT_AT.lastIndex = i;
  const m = REDIRECT_AT.exec(t);
  // Within 16 characters the window gives the same match; a longer one (a 14-digit descriptor) is read as before.
  return m && m[0].length > 16 ? REDIRECT.exec(t.slice(i, i + 16)) : m;
}

interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  stripTabs: boolean;
}

class Lexer {
  /** The commands found, with the words as written (addScript fills in the rest). */
  readonly commands: SimpleCommand[] = [];
  /** The pipeline of each command (ids grow through the script). */
  readonly pipelineIds: number[] = [];
  /** The words of the command being read: the first wordCount (the array is reused from command to command). */
  private readonly words: Word[] = [];
  private wordCount = 0;
  private readonly t: string;
  private readonly out: WordText;
  private i = 0;
  private current: SimpleCommand | undefined;
  private currentStart = 0;
  private currentEnd = 0;
  private pipelineId = 0;
  private pending: PendingHeredoc[] = [];
  /** Nesting of $(…) / "…" being skipped; past MAX_SKIP_NESTING the rest of the text is one word. */
  private skipping = 0;
  /** Set by readWord: the word it read has the form `NAME=…`. */
  private assignment = false;
  /** Set when a quote, backtick, `$(` or `${` runs to the end of the text unclosed. */
  unterminated = false;

  constructor(private readonly s: SourceText) {
    this.t = s.text;
    this.out = new WordText(s);
  }

  run(): void {
    const t = this.t;
    while (this.i < t.length) {
      const c = t[this.i];
      if (c === ' ' || c === '\t') {
        this.i++;
      } else if (c === '\\' && this.isLineBreak(this.i + 1)) {
        this.i = this.afterLineBreak(this.i + 1);
      } else if (c === '\n' || c === '\r') {
        this.endCommand(false);
        this.i = this.afterLineBreak(this.i);
        if (this.pending.length > 0) this.readHeredocBodies();
      } else if (c === '#') {
        while (this.i < t.length && !this.isLineBreak(this.i)) this.i++;
      } else if (!this.readRedirect() && !this.readOperator()) {
        this.readWordIntoCommand();
      }
    }
    this.endCommand(false);
    for (const p of this.pending) p.redirect.heredoc = slice(this.s, t.length, t.length);
  }

  private command(): SimpleCommand {
    if (!this.current) {
      this.currentStart = this.i;
      this.current = { words: NO_WORDS, program: NO_WORDS, assignments: NO_WORDS, redirects: NO_REDIRECTS, span: EMPTY_SPAN, pipeline: NO_PIPELINE, parent: undefined };
    }
    return this.current;
  }

  /** Ends the current command; `piped` keeps the next one in the same pipeline. */
  private endCommand(piped: boolean): void {
    if (this.current) {
      this.current.span = spanIn(this.s, this.currentStart, this.currentEnd);
      // Words gather in one growing array; each command keeps an exact copy (scripts live as long as the parse).
      if (this.wordCount > 0) {
        this.current.words = this.words.slice(0, this.wordCount);
        this.wordCount = 0;
      }
      this.commands.push(this.current);
      this.pipelineIds.push(this.pipelineId);
      this.current = undefined;
    }
    if (!piped) this.pipelineId++;
  }

  private readOperator(): boolean {
    const op = operatorAt(this.t, this.i);
    if (!op) return false;
    this.i += op.length;
    this.endCommand(op === '|' || op === '|&');
    return true;
  }

  private readRedirect(): boolean {
    if (!mayStartRedirect(this.t.charCodeAt(this.i))) return false;
    const m = redirectAt(this.t, this.i);
    if (!m) return false;
    // `<(…)` and `>(…)` are process substitutions: words, not redirections.
    if (m[1] === '' && (m[2] === '<' || m[2] === '>') && this.t[this.i + 1] === '(') return false;
    const start = this.i;
    const command = this.command();
    this.i += m[0].length;
    while (this.t[this.i] === ' ' || this.t[this.i] === '\t') this.i++;
    const target = this.i < this.t.length && !WORD_END.has(this.t[this.i]) ? this.readWord() : undefined;
    const redirect: Redirect = { op: m[2], target, span: spanIn(this.s, start, this.i) };
    if (command.redirects === NO_REDIRECTS) command.redirects = [];
    command.redirects.push(redirect);
    this.currentEnd = this.i;
    if ((m[2] === '<<' || m[2] === '<<-') && target) this.pending.push({ redirect, delimiter: target.text, stripTabs: m[2] === '<<-' });
    return true;
  }

  private readWordIntoCommand(): void {
    const command = this.command();
    const word = this.readWord();
    if (this.assignment && this.wordCount === 0) {
      if (command.assignments === NO_WORDS) command.assignments = [];
      command.assignments.push(word);
    } else this.words[this.wordCount++] = word;
    this.currentEnd = this.i;
  }

  /** Bodies of the here-documents started on the line that just ended. */
  private readHeredocBodies(): void {
    const t = this.t;
    for (const p of this.pending) {
      const bodyStart = this.i;
      for (;;) {
        const lineStart = this.i;
        let lineEnd = lineStart;
        while (lineEnd < t.length && !this.isLineBreak(lineEnd)) lineEnd++;
        const line = t.slice(lineStart, lineEnd);
        if ((p.stripTabs ? line.replace(/^\t+/, '') : line) === p.delimiter) {
          p.redirect.heredoc = slice(this.s, bodyStart, lineStart);
          this.i = lineEnd < t.length ? this.afterLineBreak(lineEnd) : lineEnd;
          break;
        }
        if (lineEnd >= t.length) {
          p.redirect.heredoc = slice(this.s, bodyStart, t.length);
          this.i = t.length;
          break;
        }
        this.i = this.afterLineBreak(lineEnd);
      }
    }
    this.pending = [];
  }

  private readWord(): Word {
    const t = this.t;
    const start = this.i;
    let end: number;
    this.assignment = startsWithAssignment(t, start);
    const out = this.out;
    out.start();
    let quoted = false;
    let i = this.i;
    while (i < t.length) {
      if (isPlainInWord(t, i)) {
        // A run of characters with no meaning to the shell goes in as one piece.
        let j = i + 1;
        while (j < t.length && isPlainInWord(t, j)) j++;
        out.addRange(i, j);
        i = j;
        continue;
      }
      const c = t[i];
      if ((c === '<' || c === '>') && t[i + 1] === '(') {
        const end = this.matchParen(i + 1);
        out.addRange(i, end);
        i = end;
      } else if (WORD_END.has(c)) {
        break;
      } else if (c === '\\') {
        if (this.isLineBreak(i + 1)) i = this.afterLineBreak(i + 1);
        else if (i + 1 < t.length) {
          quoted = true;
          out.add(t[i + 1], i + 1);
          i += 2;
        } else {
          out.add(c, i);
          i++;
        }
      } else if (c === "'") {
        quoted = true;
        const close = t.indexOf("'", i + 1);
        if (close < 0) this.unterminated = true;
        const end = close < 0 ? t.length : close;
        out.addRange(i + 1, end);
        i = Math.min(t.length, end + 1);
      } else if (c === '$' && t[i + 1] === "'") {
        quoted = true;
        i = this.readAnsiC(i + 2, out);
      } else if (c === '"') {
        quoted = true;
        i = this.readDoubleQuoted(i + 1, out);
      } else if ((end = this.expansionEnd(i)) >= 0) {
        out.addRange(i, end);
        i = end;
      } else {
        // Not reached (the cases above cover every other character); kept so the loop always advances.
        let j = i + 1;
        while (j < t.length && isPlainInWord(t, j)) j++;
        out.addRange(i, j);
        i = j;
      }
    }
    this.i = i;
    return out.word(start, i, quoted);
  }

  /** End of the `$(…)`, `${…}` or backtick expansion starting at i (kept as written in the word), or -1. */
  private expansionEnd(i: number): number {
    const t = this.t;
    if (t[i] === '$' && (t[i + 1] === '(' || t[i + 1] === '{')) return t[i + 1] === '(' ? this.matchParen(i + 1) : this.matchBrace(i + 1);
    if (t[i] === '`') return this.matchBacktick(i);
    return -1;
  }

  /** Inside "…": backslash escapes only $ ` " \ and the line break; expansions stay as written. */
  private readDoubleQuoted(i: number, out: WordText): number {
    const t = this.t;
    let end: number;
    while (i < t.length) {
      const c = t[i];
      if (c === '"') return i + 1;
      if (c === '\\' && this.isLineBreak(i + 1)) {
        i = this.afterLineBreak(i + 1);
      } else if (c === '\\' && i + 1 < t.length && '$`"\\'.includes(t[i + 1])) {
        out.add(t[i + 1], i + 1);
        i += 2;
      } else if ((end = this.expansionEnd(i)) >= 0) {
        out.addRange(i, end);
        i = end;
      } else {
        let j = i + 1;
        while (j < t.length && isPlainInDoubleQuotes(t, j)) j++;
        out.addRange(i, j);
        i = j;
      }
    }
    this.unterminated = true;
    return i;
  }

  /** Bash's $'…' with its backslash escapes. */
  private readAnsiC(i: number, out: WordText): number {
    const t = this.t;
    const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v' };
    while (i < t.length && t[i] !== "'") {
      if (t[i] === '\\' && i + 1 < t.length && Object.hasOwn(escapes, t[i + 1])) {
        out.add(escapes[t[i + 1]], i);
        i += 2;
      } else {
        out.add(t[i], i);
        i++;
      }
    }
    if (i >= t.length) this.unterminated = true;
    return Math.min(t.length, i + 1);
  }

  /** Offset just past the `)` matching the `(` at `open` (quotes and nesting respected). */
  private matchParen(open: number): number {
    return this.matchClosing(open, '(', ')');
  }

  private matchBrace(open: number): number {
    return this.matchClosing(open, '{', '}');
  }

  private matchClosing(open: number, opener: string, closer: string): number {
    if (this.skipping >= MAX_SKIP_NESTING) {
      this.unterminated = true;
      return this.t.length;
    }
    this.skipping++;
    try {
      return this.scanClosing(open, opener, closer);
    } finally {
      this.skipping--;
    }
  }

  private scanClosing(open: number, opener: string, closer: string): number {
    const t = this.t;
    let depth = 0;
    let i = open;
    while (i < t.length) {
      const c = t[i];
      if (c === '\\') i += 2;
      else if (c === "'" && opener === '(') {
        const close = t.indexOf("'", i + 1);
        i = close < 0 ? t.length : close + 1;
      } else if (c === '"') i = this.skipDoubleQuoted(i + 1);
      else if (c === '`') i = this.matchBacktick(i);
      else if (c === '$' && t[i + 1] === '(' && opener !== '(') i = this.matchParen(i + 1);
      else {
        if (c === opener) depth++;
        else if (c === closer && --depth === 0) return i + 1;
        i++;
      }
    }
    this.unterminated = true;
    return t.length;
  }

  private skipDoubleQuoted(i: number): number {
    const t = this.t;
    while (i < t.length && t[i] !== '"') {
      if (t[i] === '\\') i += 2;
      else if (t[i] === '$' && t[i + 1] === '(') i = this.matchParen(i + 1);
      else if (t[i] === '`') i = this.matchBacktick(i);
      else i++;
    }
    if (i >= t.length) this.unterminated = true;
    return Math.min(t.length, i + 1);
  }

  private matchBacktick(open: number): number {
    const t = this.t;
    let i = open + 1;
    while (i < t.length && t[i] !== '`') i += t[i] === '\\' ? 2 : 1;
    if (i >= t.length) this.unterminated = true;
    return Math.min(t.length, i + 1);
  }

  private isLineBreak(k: number): boolean {
    return this.t[k] === '\n' || this.t[k] === '\r';
  }

  private afterLineBreak(k: number): number {
    return this.t[k] === '\r' && this.t[k + 1] === '\n' ? k + 2 : k + 1;
  }
}
