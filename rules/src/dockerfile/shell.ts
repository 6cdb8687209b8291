// A tokenizer for the POSIX shell scripts in RUN (and CMD/ENTRYPOINT): it finds the simple
// commands a script runs, as lists of words after quote removal, each word keeping the file
// offsets of its characters. It does not expand anything: `$X`, `$(…)` and backticks stay inside
// their word as written. Scripts handed to a shell (`sh -c "…"`, `bash <<EOF`) are tokenized too,
// and their commands point into the file like the others.
import type { Span } from '../types.js';
import { slice, spanIn, type SourceText } from './source.js';

export interface Word extends SourceText {
  /** The word in the file, quotes included. */
  span: Span;
  /** True when some part of the word was quoted or escaped. */
  quoted: boolean;
}

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
  return script;
}

/** A script of one command whose words are already known (exec form `RUN ["sh", "-c", "…"]`). */
export function scriptOfWords(words: Word[]): Script {
  const script: Script = { commands: [], pipelines: [] };
  if (words.length === 0) return script;
  const span = { start: words[0].span.start, end: words[words.length - 1].span.end };
  addCommand(script, { words, assignments: [], redirects: [], span }, newPipeline(script), 0, undefined);
  return script;
}

export function baseName(word: string): string {
  const slash = word.lastIndexOf('/');
  // Most program words name no directory: the word is its own base name, no copy needed.
  return slash < 0 ? word : word.slice(slash + 1);
}

/** Programs that run the command given as their operands. */
const WRAPPERS: Record<string, readonly string[]> = {
  // wrapper: its options that take a separate argument
  sudo: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-T', '-U'],
  doas: ['-u', '-C'],
  env: ['-u', '-C', '-S'],
  nice: ['-n'],
  exec: ['-a'],
  nohup: [],
  command: [],
  time: [],
};

/** The command's words from the program that actually runs: `sudo -u app sh -c x` gives `sh -c x`. */
export function commandWords(command: SimpleCommand): Word[] {
  const words = command.words;
  let k = 0;
  let wrapper: string;
  while (k < words.length && Object.hasOwn(WRAPPERS, (wrapper = baseName(words[k].text)))) {
    const withArgument = WRAPPERS[wrapper];
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
// Building a script from the lexer's raw commands

interface RawCommand {
  words: Word[];
  assignments: Word[];
  redirects: Redirect[];
  span: Span;
}

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
  const pipelines = new Map<number, Pipeline>();
  let loops = 0;
  for (const { raw, pipelineId } of lexer.commands) {
    let pipeline = pipelines.get(pipelineId);
    if (!pipeline) pipelines.set(pipelineId, (pipeline = { commands: [] }));
    loops = Math.max(0, loops + loopChange(raw.words));
    const inLoop = loops > 0 || parent?.inLoop === true;
    const words = stripReserved(raw.words);
    if (words.length === 0) {
      // Only Docker treats a lone here-document as the script to run.
      const body = bareHeredocIsScript ? raw.redirects.find((r) => r.heredoc)?.heredoc : undefined;
      if (body && depth < MAX_NESTING && runsInPosixShell(body)) addScript(script, body, false, depth + 1, parent);
      continue;
    }
    if (!words[0].quoted && NOT_A_COMMAND.has(words[0].text)) continue;
    if (pipeline.commands.length === 0) script.pipelines.push(pipeline);
    addCommand(script, { words, assignments: raw.assignments, redirects: raw.redirects, span: raw.span }, pipeline, depth, parent, inLoop);
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

function addCommand(script: Script, raw: RawCommand, pipeline: Pipeline, depth: number, parent: SimpleCommand | undefined, inLoop = false): void {
  const command: SimpleCommand = { words: raw.words, assignments: raw.assignments, redirects: raw.redirects, span: raw.span, pipeline, parent };
  if (inLoop) command.inLoop = true;
  pipeline.commands.push(command);
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

const OPERATORS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')'];
const REDIRECT = /^(\d*)(<<<|<<-|<<|&>>|&>|>>|>&|<&|>\||<>|<|>)/;
const WORD_END = new Set([' ', '\t', '\n', '\r', ';', '&', '|', '(', ')', '<', '>']);
const OPERATOR_STARTS = '&|;()';

/** A redirection starts with a file descriptor number, `<`, `>` or `&`: a cheap test before the pattern. */
function mayStartRedirect(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 60 || code === 62 || code === 38;
}

/**
 * A word the lexer read. Most words are one unbroken run of the source (`apt-get`, `"a b"`), and
 * rules read their text, seldom their offsets: those are then sliced from the source when first read.
 */
class LexedWord implements Word {
  // Private fields (#) keep a word's own properties to text, span and quoted, as plain words have.
  #offsets: number[] | undefined;
  readonly #runSource: SourceText | undefined;
  readonly #runStart: number;

  constructor(
    readonly text: string,
    readonly span: Span,
    readonly quoted: boolean,
    offsets: number[] | undefined,
    runSource?: SourceText,
    runStart = 0,
  ) {
    this.#offsets = offsets;
    this.#runSource = runSource;
    this.#runStart = runStart;
  }

  get offsets(): number[] {
    return (this.#offsets ??= this.#runSource!.offsets.slice(this.#runStart, this.#runStart + this.text.length));
  }
}

/**
 * A word's text after quote removal, with the file offset of each character, built piece by piece.
 * While the pieces are consecutive source characters as written, only where they start and end is kept.
 */
class WordText {
  private runStart = -1;
  private runEnd = -1;
  /** Set once the word stops being one run of the source. */
  private text: string | undefined;
  private offsets: number[] = [];

  constructor(private readonly s: SourceText) {}

  /** One character standing for source character k (an escape's result, a quote-removed letter). */
  add(ch: string, k: number): void {
    if (this.text === undefined && ch === this.s.text[k] && this.extendsRun(k)) {
      this.runEnd = k + 1;
      return;
    }
    this.leaveRun();
    this.text += ch;
    this.offsets.push(this.s.offsets[k]);
  }

  /** Source characters [from, to) as they are. */
  addRange(from: number, to: number): void {
    if (to <= from) return;
    if (this.text === undefined && this.extendsRun(from)) {
      this.runEnd = to;
      return;
    }
    this.leaveRun();
    this.text += this.s.text.slice(from, to);
    for (let k = from; k < to; k++) this.offsets.push(this.s.offsets[k]);
  }

  word(span: Span, quoted: boolean): Word {
    if (this.text !== undefined) return new LexedWord(this.text, span, quoted, this.offsets);
    if (this.runStart < 0) return new LexedWord('', span, quoted, []);
    return new LexedWord(this.s.text.slice(this.runStart, this.runEnd), span, quoted, undefined, this.s, this.runStart);
  }

  /** True when source character k continues the run (or starts it). */
  private extendsRun(k: number): boolean {
    if (this.runStart < 0) this.runStart = k;
    else if (k !== this.runEnd) return false;
    return true;
  }

  private leaveRun(): void {
    if (this.text !== undefined) return;
    if (this.runStart < 0) {
      this.text = '';
      return;
    }
    this.text = this.s.text.slice(this.runStart, this.runEnd);
    this.offsets = this.s.offsets.slice(this.runStart, this.runEnd);
  }
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
  const c = t[j];
  if (WORD_END.has(c) || c === '\\' || c === "'" || c === '"' || c === '`') return false;
  return c !== '$' || (t[j + 1] !== '(' && t[j + 1] !== '{' && t[j + 1] !== "'");
}

/** A character that is itself inside "…": no closing quote, escape or expansion starts there. */
function isPlainInDoubleQuotes(t: string, j: number): boolean {
  const c = t[j];
  if (c === '"' || c === '\\' || c === '`') return false;
  return c !== '$' || (t[j + 1] !== '(' && t[j + 1] !== '{');
}

interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  stripTabs: boolean;
}

class Lexer {
  readonly commands: { raw: RawCommand; pipelineId: number }[] = [];
  private readonly t: string;
  private i = 0;
  private current: RawCommand | undefined;
  private currentStart = 0;
  private currentEnd = 0;
  private pipelineId = 0;
  private pending: PendingHeredoc[] = [];
  /** Nesting of $(…) / "…" being skipped; past MAX_SKIP_NESTING the rest of the text is one word. */
  private skipping = 0;
  /** Set when a quote, backtick, `$(` or `${` runs to the end of the text unclosed. */
  unterminated = false;

  constructor(private readonly s: SourceText) {
    this.t = s.text;
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
        this.readHeredocBodies();
      } else if (c === '#') {
        while (this.i < t.length && !this.isLineBreak(this.i)) this.i++;
      } else if (!this.readRedirect() && !this.readOperator()) {
        this.readWordIntoCommand();
      }
    }
    this.endCommand(false);
    for (const p of this.pending) p.redirect.heredoc = slice(this.s, t.length, t.length);
  }

  private command(): RawCommand {
    if (!this.current) {
      this.currentStart = this.i;
      this.current = { words: [], assignments: [], redirects: [], span: { start: 0, end: 0 } };
    }
    return this.current;
  }

  /** Ends the current command; `piped` keeps the next one in the same pipeline. */
  private endCommand(piped: boolean): void {
    if (this.current) {
      this.current.span = spanIn(this.s, this.currentStart, this.currentEnd);
      this.commands.push({ raw: this.current, pipelineId: this.pipelineId });
      this.current = undefined;
    }
    if (!piped) this.pipelineId++;
  }

  private readOperator(): boolean {
    if (!OPERATOR_STARTS.includes(this.t[this.i])) return false;
    const op = OPERATORS.find((o) => this.t.startsWith(o, this.i));
    if (!op) return false;
    this.i += op.length;
    this.endCommand(op === '|' || op === '|&');
    return true;
  }

  private readRedirect(): boolean {
    if (!mayStartRedirect(this.t.charCodeAt(this.i))) return false;
    const m = REDIRECT.exec(this.t.slice(this.i, this.i + 16));
    if (!m) return false;
    // `<(…)` and `>(…)` are process substitutions: words, not redirections.
    if (m[1] === '' && (m[2] === '<' || m[2] === '>') && this.t[this.i + 1] === '(') return false;
    const start = this.i;
    const command = this.command();
    this.i += m[0].length;
    while (this.t[this.i] === ' ' || this.t[this.i] === '\t') this.i++;
    const target = this.i < this.t.length && !WORD_END.has(this.t[this.i]) ? this.readWord().word : undefined;
    const redirect: Redirect = { op: m[2], target, span: spanIn(this.s, start, this.i) };
    command.redirects.push(redirect);
    this.currentEnd = this.i;
    if ((m[2] === '<<' || m[2] === '<<-') && target) this.pending.push({ redirect, delimiter: target.text, stripTabs: m[2] === '<<-' });
    return true;
  }

  private readWordIntoCommand(): void {
    const command = this.command();
    const { word, assignment } = this.readWord();
    if (assignment && command.words.length === 0) command.assignments.push(word);
    else command.words.push(word);
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

  private readWord(): { word: Word; assignment: boolean } {
    const t = this.t;
    const start = this.i;
    let end: number;
    const assignment = startsWithAssignment(t, start);
    const out = new WordText(this.s);
    let quoted = false;
    let i = this.i;
    while (i < t.length) {
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
        // A run of characters with no meaning to the shell goes in as one piece.
        let j = i + 1;
        while (j < t.length && isPlainInWord(t, j)) j++;
        out.addRange(i, j);
        i = j;
      }
    }
    this.i = i;
    return { word: out.word(spanIn(this.s, start, i), quoted), assignment };
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
