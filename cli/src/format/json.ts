// The json format: a flat array of findings with 1-based positions.
import { fixKind, locationOf, type FileReport } from './report.js';

export function formatJson(reports: readonly FileReport[]): string {
  const findings = reports.flatMap((report) =>
    report.findings.map((f) => ({
      file: report.file,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...locationOf(f.range),
      object: f.object,
      fix: fixKind(f.fix),
    })),
  );
  return JSON.stringify(findings, null, 2) + '\n';
}
