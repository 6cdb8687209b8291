// File discovery for the CLI (and later the language server's workspace scan): turns paths and
// globs into the files Shipshape lints.
//
// Decisions worth knowing:
// - A directory is walked recursively; `node_modules` and `.git` are always skipped; `.gitignore`
//   files (nested ones too, each relative to its own directory) are respected.
// - A file named explicitly is linted even when `.gitignore` lists it (the user asked for it), but
//   config `exclude` still applies, and a file Shipshape has no parser for (detectSyntax is null)
//   is skipped and reported through `onSkip` rather than failing the run.
// - A glob (`'k8s/**/*.yaml'`) is walked from its non-glob prefix and matched against paths relative
//   to `base`; a glob that matches nothing is not an error.
// - Symbolic links to directories are never followed (cycles, and trees outside the project);
//   symbolic links to files are linted like files.
// - Binary files (a NUL byte in the first 8 KB, see read-source.ts) and files above
//   `maxFileSize` are skipped and reported through `onSkip`.
import { accessSync, constants, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { detectSyntax } from '../../rules/src/index.js';
import { excludeMatcher, toPosix } from './exclude.js';
import { GitignoreStack } from './gitignore.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Directories that never hold files worth linting and can be huge. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export interface WalkOptions {
  /** Directory that relative paths and globs are resolved against (the CLI's current directory). */
  base: string;
  /** Config `exclude` globs, matched against the path relative to `excludeBase`. */
  exclude?: readonly string[];
  /** Defaults to `base`; the CLI passes the directory of the config file the globs come from. */
  excludeBase?: string;
  /** Files larger than this many bytes are skipped (default 5 MB). */
  maxFileSize?: number;
  /** Which file names to yield (default: the files Shipshape has a parser for). */
  include?(name: string): boolean;
  /** Told about every lintable file or directory left out, with the reason, for verbose output. */
  onSkip?(path: string, reason: string): void;
}

/** A path argument that does not exist or cannot be read. */
export class WalkError extends Error {}

type Target =
  | { kind: 'file'; path: string; stats: Stats }
  | { kind: 'dir'; path: string; matches?: (path: string) => boolean };

/**
 * The absolute paths of the files to lint, each once, in walk order. With no targets, `base` is
 * walked. Throws WalkError at once (before anything is walked) for a missing or unreadable path.
 */
export function walkFiles(targets: readonly string[], options: WalkOptions): Iterable<string> {
  const resolved = (targets.length > 0 ? targets : ['.']).map((t) => resolveTarget(t, options.base));
  return new Walker(options).run(resolved);
}

function resolveTarget(arg: string, base: string): Target {
  const scan = picomatch.scan(arg);
  if (scan.isGlob) {
    const abs = isAbsolute(arg);
    const matchesPattern = picomatch(arg.replace(/^\.\//, ''), { dot: true });
    const root = resolve(base, scan.base || '.');
    // Relative globs are written relative to `base`; absolute ones are matched as they are.
    const matches = (path: string) => matchesPattern(abs ? toPosix(path) : toPosix(relative(base, path)));
    return { kind: 'dir', path: root, matches };
  }
  const path = resolve(base, arg);
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WalkError(code === 'ENOENT' || code === 'ENOTDIR' ? `${arg}: no such file or directory` : `${arg}: cannot be read (${code ?? String(e)})`);
  }
  if (!stats.isFile() && !stats.isDirectory()) throw new WalkError(`${arg}: not a file or directory`);
  try {
    accessSync(path, stats.isDirectory() ? constants.R_OK | constants.X_OK : constants.R_OK);
  } catch (e) {
    throw new WalkError(`${arg}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return stats.isFile() ? { kind: 'file', path, stats } : { kind: 'dir', path };
}

class Walker {
  private readonly seen = new Set<string>();
  private readonly isExcluded: (path: string) => boolean;
  private readonly maxFileSize: number;
  private readonly onSkip: (path: string, reason: string) => void;
  private readonly include: (name: string) => boolean;

  constructor(private readonly options: WalkOptions) {
    this.isExcluded = excludeMatcher(options.exclude ?? [], options.excludeBase ?? options.base);
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    this.onSkip = options.onSkip ?? (() => undefined);
    this.include = options.include ?? ((name) => detectSyntax(name) !== null);
  }

  *run(targets: Target[]): Generator<string> {
    for (const target of targets) {
      if (target.kind === 'file') {
        if (!this.include(basename(target.path))) this.onSkip(target.path, 'not a file Shipshape lints');
        else if (this.isExcluded(target.path)) this.onSkip(target.path, 'excluded by the configuration');
        else yield* this.accept(target.path, target.stats);
      } else {
        const gitignore = GitignoreStack.forAncestorsOf(target.path, this.options.base);
        yield* this.walkDirectory(target.path, gitignore, target.matches);
      }
    }
  }

  private *walkDirectory(dir: string, outer: GitignoreStack, matches?: (path: string) => boolean): Generator<string> {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      this.onSkip(dir, `directory cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      return;
    }
    // Most directories have no .gitignore; looking in the listing saves a failed read per directory.
    const gitignore = entries.some((e) => e.name === '.gitignore') ? outer.enter(dir) : outer;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      const stats = entry.isSymbolicLink() ? this.followLink(path) : undefined;
      if (entry.isSymbolicLink() && !stats) continue;
      if (entry.isDirectory()) {
        if (gitignore.ignores(path, true)) this.onSkip(path, 'ignored by .gitignore');
        else if (this.isExcluded(path)) this.onSkip(path, 'excluded by the configuration');
        else yield* this.walkDirectory(path, gitignore, matches);
      } else if ((entry.isFile() || stats) && this.include(entry.name)) {
        if (matches && !matches(path)) continue;
        if (gitignore.ignores(path, false)) this.onSkip(path, 'ignored by .gitignore');
        else if (this.isExcluded(path)) this.onSkip(path, 'excluded by the configuration');
        else yield* this.accept(path, stats);
      }
    }
  }

  /** The stats of a symbolic link's target when it is a file; links to directories are not followed. */
  private followLink(path: string): Stats | undefined {
    try {
      const stats = statSync(path);
      if (stats.isFile()) return stats;
      if (stats.isDirectory()) this.onSkip(path, 'symbolic link to a directory, not followed');
    } catch {
      this.onSkip(path, 'broken symbolic link');
    }
    return undefined;
  }

  private *accept(path: string, stats?: Stats): Generator<string> {
    if (this.seen.has(path)) return;
    this.seen.add(path);
    let size: number;
    try {
      size = (stats ?? statSync(path)).size;
    } catch (e) {
      this.onSkip(path, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      return;
    }
    if (size > this.maxFileSize) this.onSkip(path, `larger than ${formatSize(this.maxFileSize)}`);
    else yield path;
  }
}

function formatSize(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
