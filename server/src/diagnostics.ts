// Engine findings to LSP diagnostics. `data` lets a code-action request find the finding again.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { ENGINE_RULES, UNUSED_SUPPRESSION, getRule, type Finding, type Severity } from '../../rules/src/index.js';

export const SOURCE = 'shipshape';

/** Carried in `Diagnostic.data`: the finding's position in the findings of that document version. */
export interface DiagnosticData {
  version: number;
  index: number;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function docsHref(ruleId: string): string | undefined {
  return (getRule(ruleId) ?? ENGINE_RULES.find((r) => r.id === ruleId))?.docs;
}

/** Every diagnostic of a lint result: its findings, then its notes. `version` is -1 for disk text. */
export function diagnosticsOf(result: { version: number | undefined; findings: Finding[]; notes: Diagnostic[] }): Diagnostic[] {
  return [...result.findings.map((f, i) => toDiagnostic(f, i, result.version ?? -1)), ...result.notes];
}

export function toDiagnostic(finding: Finding, index: number, version: number): Diagnostic {
  const data: DiagnosticData = { version, index };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity] ?? DiagnosticSeverity.Warning,
    source: SOURCE,
    code: finding.rule,
    message: finding.message,
    data,
  };
  const href = docsHref(finding.rule);
  if (href) diagnostic.codeDescription = { href };
  // Editors fade unused suppressions out instead of underlining them.
  if (finding.rule === UNUSED_SUPPRESSION.id) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function readDiagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  const d = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (d && typeof d.version === 'number' && typeof d.index === 'number') return { version: d.version, index: d.index };
  return undefined;
}
