// The text format: one `file:line:col severity rule-id message` line per finding, and a summary.
import type { Severity } from '../../../rules/src/index.js';
import type { Palette } from '../colors.js';
import { locationOf, type FileReport } from './report.js';

export function formatText(reports: readonly FileReport[], colors: Palette): string {
  const paint: Record<Severity, (s: string) => string> = { error: colors.red, warning: colors.yellow, info: colors.blue, hint: colors.dim };
  let out = '';
  for (const report of reports) {
    for (const f of report.findings) {
      const { line, column } = locationOf(f.range);
      out += `${colors.underline(`${report.file}:${line}:${column}`)} ${paint[f.severity](f.severity)} ${colors.dim(f.rule)} ${f.message}\n`;
    }
  }
  return out;
}

/** E.g. `12 problems (3 errors, 7 warnings, 2 info) in 5 files`, or `No problems found in 5 files.` */
export function formatSummary(reports: readonly FileReport[]): string {
  const files = plural(reports.length, 'file', 'files');
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) for (const f of report.findings) counts[f.severity]++;
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return `No problems found in ${files}.`;
  const parts = [
    counts.error && plural(counts.error, 'error', 'errors'),
    counts.warning && plural(counts.warning, 'warning', 'warnings'),
    counts.info && `${counts.info} info`,
    counts.hint && plural(counts.hint, 'hint', 'hints'),
  ].filter(Boolean);
  return `${plural(total, 'problem', 'problems')} (${parts.join(', ')}) in ${files}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
