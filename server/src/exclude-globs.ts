// Config `exclude` and VS Code `files.exclude` globs for the server, without Node's `path`: the
// same semantics as host/src/exclude.ts (a pattern without a slash matches a name at any depth, a
// file inside an excluded directory is excluded too), on paths relative to a base folder.
import picomatch from 'picomatch';
import { relativeInside } from './paths.js';

const cache = new Map<string, (rel: string) => boolean>();

function matcher(patterns: readonly string[]): (rel: string) => boolean {
  const key = patterns.join('\0');
  let m = cache.get(key);
  if (!m) {
    if (cache.size > 64) cache.clear();
    const normalized = patterns.map((p) => p.replace(/^\.\//, '')).map((p) => (p.includes('/') ? p : `**/${p}`));
    const test = picomatch(normalized, { dot: true, windows: false });
    cache.set(key, (m = (rel) => test(rel)));
  }
  return m;
}

/** True when the file, or a directory between it and `base`, matches one of the patterns. */
export function isExcludedPath(path: string, patterns: readonly string[], base: string): boolean {
  if (patterns.length === 0) return false;
  const rel = relativeInside(base, path);
  if (!rel) return false;
  const matches = matcher(patterns);
  const parts = rel.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (matches(parts.slice(0, i).join('/'))) return true;
  }
  return false;
}

/** The globs of VS Code's `files.exclude` setting that are switched on (`{"**\/.git": true}`). */
export function enabledGlobs(filesExclude: unknown): string[] {
  if (!filesExclude || typeof filesExclude !== 'object') return [];
  return Object.entries(filesExclude as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}
