// `shipshape rules`: the catalog as JSON or as an aligned table. Engine rules are not listed.
import type { Rule } from '../../../rules/src/index.js';

export function formatRulesJson(rules: readonly Rule[]): string {
  const entries = rules.map((r) => ({
    id: r.id,
    severity: r.severity,
    fix: r.fix === 'none' ? null : r.fix,
    risk: r.risk,
    title: r.title,
    aliases: r.aliases,
    docs: r.docs,
  }));
  return JSON.stringify(entries, null, 2) + '\n';
}

export function formatRulesTable(rules: readonly Rule[]): string {
  const header = ['ID', 'SEVERITY', 'FIX', 'RISK', 'TITLE'];
  const rows = rules.map((r) => [r.id, r.severity, r.fix === 'none' ? '-' : r.fix, r.risk, r.title]);
  // The last column is not padded, so lines carry no trailing blanks.
  const widths = header.slice(0, -1).map((_, col) => Math.max(header[col].length, ...rows.map((row) => row[col].length)));
  const line = (cells: string[]) => cells.map((c, col) => (col < widths.length ? c.padEnd(widths[col]) : c)).join('  ');
  return [header, ...rows].map(line).join('\n') + '\n';
}
