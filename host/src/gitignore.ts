// `.gitignore` rules as git applies them: each file's patterns are relative to its own directory,
// and a deeper file can re-include what an outer one ignored.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

interface IgnoreLevel {
  dir: string;
  rules: Ignore;
}

/** The `.gitignore` files in force in one directory, outermost first. Immutable: `enter` returns a new stack. */
export class GitignoreStack {
  private constructor(private readonly levels: readonly IgnoreLevel[]) {}

  static empty(): GitignoreStack {
    return new GitignoreStack([]);
  }

  /**
   * The stack in force in `dir` before its own `.gitignore` is read: the `.gitignore` files of
   * its ancestors up to the repository root (the nearest directory holding `.git`), or up to
   * `ceiling` when `dir` is in no repository.
   */
  static forAncestorsOf(dir: string, ceiling: string): GitignoreStack {
    const top = findRepositoryRoot(dir) ?? ceiling;
    const chain: string[] = [];
    for (let cur = dirname(dir); cur !== dir && isInside(cur, top); cur = dirname(cur)) {
      chain.unshift(cur);
      if (cur === top) break;
    }
    let stack = GitignoreStack.empty();
    for (const d of chain) stack = stack.enter(d);
    return stack;
  }

  /** The stack for `dir`, adding `dir/.gitignore` when there is one. */
  enter(dir: string): GitignoreStack {
    const file = join(dir, '.gitignore');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return this;
    }
    return new GitignoreStack([...this.levels, { dir, rules: ignore().add(text) }]);
  }

  /** Whether git would ignore this path (absolute) of a file or directory. */
  ignores(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const level of this.levels) {
      const rel = relative(level.dir, path).split(sep).join('/');
      if (rel === '' || rel.startsWith('..')) continue;
      const result = level.rules.test(isDirectory ? rel + '/' : rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

function findRepositoryRoot(dir: string): string | undefined {
  for (let cur = dir; ; ) {
    if (existsSync(join(cur, '.git'))) return cur;
    const parent = dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}

/** True when `path` is `dir` or below it (both absolute). */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}
