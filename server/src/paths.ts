// Path arithmetic without Node's `path`: the server core handles file-system paths on Node (`/` or
// `\` separated) and URI paths in the browser, so it splits on either separator and joins with the
// one the path already uses.

export function separatorOf(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

function trimTrailing(path: string): string {
  const t = path.replace(/[\\/]+$/, '');
  return t === '' || /^[a-zA-Z]:$/.test(t) ? path : t;
}

export function dirname(path: string): string {
  const p = trimTrailing(path);
  const cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  if (cut < 0) return '.';
  if (cut === 0) return p[0];
  // `C:\file` → `C:\`.
  if (/^[a-zA-Z]:$/.test(p.slice(0, cut))) return p.slice(0, cut + 1);
  return p.slice(0, cut);
}

export function basename(path: string): string {
  const p = trimTrailing(path);
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

export function join(dir: string, name: string): string {
  const sep = separatorOf(dir);
  return /[\\/]$/.test(dir) ? dir + name : dir + sep + name;
}

function comparable(path: string): string {
  const p = trimTrailing(path).replace(/\\/g, '/');
  // Windows paths compare case-insensitively (drive letters differ in case between sources).
  return /^[a-zA-Z]:/.test(p) ? p.toLowerCase() : p;
}

/** True when `path` is `dir` or below it. */
export function isInside(path: string, dir: string): boolean {
  const p = comparable(path);
  const d = comparable(dir);
  return p === d || p.startsWith(d.endsWith('/') ? d : `${d}/`);
}

/** `path` relative to `dir` with `/` separators ('' for `dir` itself); undefined when outside. */
export function relativeInside(dir: string, path: string): string | undefined {
  if (!isInside(path, dir)) return undefined;
  const p = trimTrailing(path).replace(/\\/g, '/');
  const d = trimTrailing(dir).replace(/\\/g, '/');
  return p.length === d.length ? '' : p.slice(d.endsWith('/') ? d.length : d.length + 1);
}

export function samePath(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}
