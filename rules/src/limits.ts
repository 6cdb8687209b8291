// Limits that keep one file from stalling the engine: a size above which a file is not parsed, and
// the recognition of a stack overflow (input nested deeper than a parser or a walk can follow).
// In the engine, so the CLI and the language server apply them the same way.
import type { Config } from './config.js';

/** Default of `maxFileSize`: 4 MiB, far above any real manifest, Dockerfile or daemon.json. */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

/** Size in bytes of the text encoded as UTF-8, counting no further than needed to compare with `limit`. */
export function utf8SizeOver(text: string, limit: number): number | null {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4 bytes).
  if (text.length * 3 <= limit) return null;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return bytes > limit ? bytes : null;
}

/** The configured size limit; a missing or nonsensical value falls back to the default. */
export function maxFileSize(config: Pick<Config, 'maxFileSize'>): number {
  const v = config.maxFileSize;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : DEFAULT_MAX_FILE_SIZE;
}

/** Sizes as people read them: `4 MiB`, `10.2 MiB`, `512 KiB`, `300 bytes`. */
export function formatBytes(n: number): string {
  const unit = (v: number, u: string) => `${Number.isInteger(v) ? v : v.toFixed(1)} ${u}`;
  if (n >= 1024 * 1024) return unit(Math.round((n / (1024 * 1024)) * 10) / 10, 'MiB');
  if (n >= 1024) return unit(Math.round((n / 1024) * 10) / 10, 'KiB');
  return `${n} bytes`;
}

/** Whether an error is V8's "Maximum call stack size exceeded" (the input nests too deep). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
