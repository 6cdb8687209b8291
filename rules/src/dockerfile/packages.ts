// Package-manager commands in RUN scripts: which manager, which action (install, refresh the
// package lists…), its options and the packages it names.
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import { invocationsIn, parseArgs, type Invocation, type OptionSpec, type ParsedArgs } from './commands.js';
import { factsOf } from './instruction-facts.js';
import { baseName, type Word } from './shell.js';

/** A family of package managers that share their options and their caches. */
export type Manager = 'apt' | 'apk' | 'rpm' | 'zypper' | 'pip' | 'npm' | 'gem';

/** What a package command does, across managers. */
export type Action = 'install' | 'upgrade' | 'refresh' | 'clean' | 'other';

export interface PackageCommand {
  manager: Manager;
  /** The program as run: `apt-get`, `apt`, `dnf`, `microdnf`, `pip3`… (`pip` for `python -m pip`). */
  program: string;
  invocation: Invocation;
  /** The program word (`pip` for `python3 -m pip`). */
  programWord: Word;
  args: ParsedArgs;
  /** The subcommand word (`install`, `add`, `update`…), when there is one. */
  actionWord?: Word;
  action: Action;
  /** Operands after the subcommand: package names, files, requirement specifiers. */
  packages: Word[];
}

// Tables of words are Maps: looking up a word the tokenizer cut from the text is cheaper in a Map
// than as an object property.
const PROGRAMS: ReadonlyMap<string, Manager> = mapOf<Manager>({
  'apt-get': 'apt',
  apt: 'apt',
  apk: 'apk',
  yum: 'rpm',
  dnf: 'rpm',
  tdnf: 'rpm',
  microdnf: 'rpm',
  zypper: 'zypper',
  pip: 'pip',
  npm: 'npm',
  gem: 'gem',
});

const OPTIONS: Record<Manager, OptionSpec> = {
  apt: { shortWithValue: 'oct', longWithValue: ['--option', '--config-file', '--target-release', '--default-release'] },
  apk: { shortWithValue: 'Xpt', longWithValue: ['--repository', '--root', '--virtual', '--repositories-file', '--cache-dir', '--keys-dir', '--arch', '--cache-max-age'] },
  rpm: {
    shortWithValue: 'cdeRx',
    longWithValue: ['--enablerepo', '--disablerepo', '--setopt', '--exclude', '--releasever', '--installroot', '--repo', '--repoid', '--config', '--repofrompath'],
  },
  zypper: { shortWithValue: 'rRDC', longWithValue: ['--repo', '--root', '--config', '--from', '--reposd-dir', '--cache-dir'] },
  pip: {
    shortWithValue: 'rcieftC',
    longWithValue: [
      '--requirement', '--constraint', '--index-url', '--extra-index-url', '--editable', '--find-links', '--target', '--trusted-host', '--prefix', '--root',
      '--platform', '--python-version', '--implementation', '--abi', '--src', '--upgrade-strategy', '--progress-bar', '--cache-dir', '--log', '--proxy',
      '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--only-binary', '--no-binary', '--global-option', '--config-settings',
    ],
  },
  npm: { shortWithValue: 'w', longWithValue: ['--prefix', '--registry', '--tag', '--cache', '--userconfig', '--loglevel', '--workspace'] },
  gem: { shortWithValue: 'vinsP', longWithValue: ['--version', '--install-dir', '--bindir', '--source', '--platform', '--trust-policy'] },
};

const ACTIONS: Record<Manager, ReadonlyMap<string, Action>> = {
  apt: mapOf({ install: 'install', reinstall: 'install', 'build-dep': 'install', upgrade: 'upgrade', 'dist-upgrade': 'upgrade', 'full-upgrade': 'upgrade', update: 'refresh', clean: 'clean', autoclean: 'clean' }),
  apk: mapOf({ add: 'install', upgrade: 'upgrade', update: 'refresh', cache: 'clean' }),
  rpm: mapOf({
    install: 'install', in: 'install', groupinstall: 'install', localinstall: 'install', reinstall: 'install', 'group': 'install',
    update: 'upgrade', upgrade: 'upgrade', up: 'upgrade', 'distro-sync': 'upgrade', makecache: 'refresh', clean: 'clean',
  }),
  zypper: mapOf({ install: 'install', in: 'install', update: 'upgrade', up: 'upgrade', 'dist-upgrade': 'upgrade', dup: 'upgrade', refresh: 'refresh', ref: 'refresh', clean: 'clean', cc: 'clean' }),
  pip: mapOf({ install: 'install' }),
  npm: mapOf({ install: 'install', i: 'install', add: 'install', ci: 'install', 'install-clean': 'install', update: 'upgrade' }),
  gem: mapOf({ install: 'install', update: 'upgrade' }),
};

function mapOf<T>(table: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(table));
}

/** The manager a program's base name belongs to: `pip3.12` is pip, `apt-get` is apt. */
function managerNamed(name: string): Manager | undefined {
  const manager = PROGRAMS.get(name);
  if (manager) return manager;
  if (name.startsWith('pip') && /^pip[23](\.\d+)?$/.test(name)) return 'pip';
  return undefined;
}

function readPackageCommand(invocation: Invocation): PackageCommand | undefined {
  // The name is the program word's base name (or python's): most programs are no package manager.
  if (!PROGRAMS.has(invocation.name) && !invocation.name.startsWith('p')) return undefined;
  let words = invocation.words;
  // `python3 -m pip install …` runs pip.
  // Most programs are not python: the prefix test spares them the pattern.
  if (invocation.name.startsWith('python') && /^python[\d.]*$/.test(invocation.name)) {
    const m = words.findIndex((w, i) => i > 0 && (w.text === '-m' ? words[i + 1]?.text === 'pip' : false));
    if (m < 0 || words.slice(1, m).some((w) => !w.text.startsWith('-'))) return undefined;
    words = words.slice(m + 1);
  }
  // Unless python runs it, the program is the invocation's own, whose base name is its name.
  const program = words === invocation.words ? invocation.name : baseName(words[0].text);
  const manager = managerNamed(program);
  if (!manager) return undefined;
  const args = parseArgs(words.slice(1), OPTIONS[manager]);
  // Kept for the parse's lifetime: arrays of their exact size (grown by push they hold at least 17).
  args.options = args.options.slice();
  args.operands = args.operands.slice();
  const first = args.operands[0];
  const command: PackageCommand = {
    manager,
    program,
    invocation,
    programWord: words[0],
    args,
    action: 'other',
    packages: [],
  };
  if (!first) return command;
  command.actionWord = first.word;
  command.action = ACTIONS[manager].get(first.word.text) ?? 'other';
  command.packages = args.operands.slice(1).map((o) => o.word);
  // `dnf group install X`: the group subcommand's own action comes next.
  if (manager === 'rpm' && first.word.text === 'group') command.packages = command.packages.slice(1);
  return command;
}

/** Every package-manager command the instruction runs, nested scripts included. */
export function packageCommands(ctx: RuleContext, instruction: Instruction): PackageCommand[] {
  const facts = factsOf(instruction);
  if (!facts.packageCommands) {
    const found: PackageCommand[] = [];
    for (const invocation of invocationsIn(ctx, instruction)) {
      const command = readPackageCommand(invocation);
      if (command) found.push(command);
    }
    // Kept for the parse: an array of its exact size.
    facts.packageCommands = found.slice();
  }
  return facts.packageCommands;
}

/** One of the instruction's invocations read as a package command; undefined for other programs. */
export function packageCommandOf(ctx: RuleContext, instruction: Instruction, invocation: Invocation): PackageCommand | undefined {
  for (const command of packageCommands(ctx, instruction)) if (command.invocation === invocation) return command;
  return undefined;
}

/** Names of options given to the command (`--no-cache`, `-y`…). */
export function hasOption(command: PackageCommand, ...names: string[]): boolean {
  return command.args.options.some((o) => names.includes(o.name));
}
