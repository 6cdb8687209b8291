// Config `exclude` globs, one implementation for the CLI's walker and the language server.
// Patterns match the path relative to a base folder (the config file's folder or the workspace
// folder); a pattern without a slash matches a name at any depth, as in .gitignore
// (`*.generated.yaml`, `vendor`); a file inside an excluded directory is excluded too.
import { dirname, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { isInside } from './gitignore.js';

/** Tests one path (file or directory) against the patterns. */
export function excludeMatcher(patterns: readonly string[], base: string): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const normalized = patterns.map((p) => p.replace(/^\.\//, '')).map((p) => (p.includes('/') ? p : `**/${p}`));
  const matches = picomatch(normalized, { dot: true });
  return (path) => {
    if (!isInside(path, base)) return false;
    const rel = toPosix(relative(base, path));
    return rel !== '' && matches(rel);
  };
}

const cache = new Map<string, (path: string) => boolean>();

/** True when the file, or a directory between it and `base`, is excluded. */
export function isExcludedFile(path: string, patterns: readonly string[], base: string): boolean {
  if (patterns.length === 0) return false;
  const key = `${base}\0${patterns.join('\0')}`;
  let matcher = cache.get(key);
  if (!matcher) {
    if (cache.size > 64) cache.clear();
    cache.set(key, (matcher = excludeMatcher(patterns, base)));
  }
  for (let p = path; isInside(p, base) && p !== base; p = dirname(p)) {
    if (matcher(p)) return true;
  }
  return false;
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
