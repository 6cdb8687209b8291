// Command-line parsing: turns argv into a command. Pure (no I/O), so every mistake surfaces as a
// UsageError the entry point prints with a hint to run --help.
import type { Severity } from '../../rules/src/index.js';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = Severity | 'never';

export interface LintCommand {
  command: 'lint';
  /** Paths and globs; empty means the current directory. */
  targets: string[];
  format: OutputFormat;
  /** `--rule` ids (comma lists split); empty means every enabled rule. */
  rules: string[];
  config?: string;
  failOn: FailOn;
  quiet: boolean;
  verbose: boolean;
  /** Worker threads for large inputs; undefined = one per core when there are enough files. */
  threads?: number;
}

export interface RulesCommand {
  command: 'rules';
  format: 'text' | 'json';
}

export type Command = LintCommand | RulesCommand | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

interface OptionSpec {
  name: string;
  short?: string;
  /** Allowed values; `'any'` for a free value; absent for a flag. */
  values?: readonly string[] | 'any';
}

const HELP: OptionSpec = { name: 'help', short: 'h' };
const VERSION: OptionSpec = { name: 'version' };

const LINT_OPTIONS: readonly OptionSpec[] = [
  HELP,
  VERSION,
  { name: 'format', short: 'f', values: ['text', 'json', 'sarif'] },
  { name: 'rule', short: 'r', values: 'any' },
  { name: 'config', short: 'c', values: 'any' },
  { name: 'fail-on', values: ['error', 'warning', 'info', 'hint', 'never'] },
  { name: 'quiet', short: 'q' },
  { name: 'verbose' },
  { name: 'threads', values: 'any' },
];

const RULES_OPTIONS: readonly OptionSpec[] = [HELP, { name: 'format', short: 'f', values: ['text', 'json'] }];

interface ParsedOptions {
  /** Every value given, in order, per option name; flags map to `[]`. */
  options: Map<string, string[]>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv[0] === 'rules') {
    const { options, positionals } = parseOptions(argv.slice(1), RULES_OPTIONS);
    if (options.has('help')) return { command: 'help' };
    if (positionals.length > 0) throw new UsageError(`"rules" takes no arguments, got "${positionals[0]}"`);
    return { command: 'rules', format: (last(options, 'format') ?? 'text') as RulesCommand['format'] };
  }
  const { options, positionals } = parseOptions(argv, LINT_OPTIONS);
  if (options.has('help')) return { command: 'help' };
  if (options.has('version')) return { command: 'version' };
  const rules = (options.get('rule') ?? []).flatMap((v) => v.split(',')).map((id) => id.trim()).filter((id) => id !== '');
  if (options.has('rule') && rules.length === 0) throw new UsageError('--rule needs at least one rule id');
  const threadsText = last(options, 'threads');
  const threads = threadsText === undefined ? undefined : Number(threadsText);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) throw new UsageError(`invalid value "${threadsText}" for --threads (expected a whole number from 1 to 64)`);
  return {
    command: 'lint',
    targets: positionals,
    format: (last(options, 'format') ?? 'text') as OutputFormat,
    rules,
    config: last(options, 'config'),
    failOn: (last(options, 'fail-on') ?? 'error') as FailOn,
    quiet: options.has('quiet'),
    verbose: options.has('verbose'),
    threads,
  };
}

function parseOptions(argv: readonly string[], specs: readonly OptionSpec[]): ParsedOptions {
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = specs.find((s) => written === `--${s.name}` || (s.short !== undefined && written === `-${s.short}`));
    if (!spec) throw new UsageError(`unknown option "${written}"`);
    const values = options.get(spec.name) ?? [];
    options.set(spec.name, values);
    if (!spec.values) {
      if (eq > 0) throw new UsageError(`option "${written}" takes no value`);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`option "${written}" needs a value`);
    if (spec.values !== 'any' && !spec.values.includes(value)) {
      throw new UsageError(`invalid value "${value}" for ${written} (expected ${spec.values.join(', ')})`);
    }
    values.push(value);
  }
  return { options, positionals };
}

function last(options: Map<string, string[]>, name: string): string | undefined {
  const values = options.get(name);
  return values && values.length > 0 ? values[values.length - 1] : undefined;
}
