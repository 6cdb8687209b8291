// Reads a file to lint: UTF-8 without its byte-order mark, and refuses binary files.
import { readFileSync } from 'node:fs';

/** How far into a file to look for a NUL byte, as git does to call a file binary. */
const BINARY_PROBE_BYTES = 8 * 1024;

export type SourceText = { text: string } | { skipped: string };

/** The file's text, or why it is not linted. Throws when the file cannot be read. */
export function readSource(path: string): SourceText {
  const bytes = readFileSync(path);
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return { skipped: 'binary file' };
  return { text: stripBom(bytes.toString('utf8')) };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
