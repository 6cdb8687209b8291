// What the formatters receive: the findings of one linted file, plus helpers they all share.
import type { Finding, Fix, Range, Severity } from '../../../rules/src/index.js';

export interface FileReport {
  /** Path relative to the current directory, with `/` separators. */
  file: string;
  /** The text that was linted (BOM stripped), for formats that locate fix edits. */
  text: string;
  /** Sorted by position. */
  findings: Finding[];
}

/** 1-based positions for people and SARIF; `endColumn` is the column just past the range. */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function locationOf(range: Range): Location {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

export function fixKind(fix: Fix | null): 'safe' | 'unsafe' | null {
  return fix ? (fix.safe ? 'safe' : 'unsafe') : null;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };
