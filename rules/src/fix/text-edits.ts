// Line-oriented edits for files without a tree-preserving printer (Dockerfiles).
import type { ParsedFile } from '../documents/parse.js';
import { indentOf } from '../text.js';
import type { Edit, Span } from '../types.js';

export function replaceSpan(span: Span, text: string): Edit {
  return { start: span.start, end: span.end, text };
}

/** Inserts whole lines before `line` (0-based), indented like it. */
export function insertLinesBefore(file: ParsedFile, line: number, lines: string[]): Edit {
  const eol = file.lines.eol;
  if (line >= file.lines.lineCount) return appendLines(file, lines);
  const at = file.lines.lineStarts[line];
  const indent = indentOf(file.lines.lineText(line));
  return { start: at, end: at, text: lines.map((l) => indent + l + eol).join('') };
}

/** Appends lines at the end of the file, adding a line break first when the file lacks one. */
export function appendLines(file: ParsedFile, lines: string[]): Edit {
  const eol = file.lines.eol;
  const end = file.text.length;
  const needsBreak = end > 0 && !/[\r\n]$/.test(file.text);
  return { start: end, end, text: (needsBreak ? eol : '') + lines.join(eol) + eol };
}

/** Deletes lines `from`..`to` (0-based, inclusive) with their line breaks. */
export function removeLines(file: ParsedFile, from: number, to: number): Edit {
  const start = file.lines.lineStarts[from];
  const end = to + 1 < file.lines.lineCount ? file.lines.lineStarts[to + 1] : file.text.length;
  return { start, end, text: '' };
}
