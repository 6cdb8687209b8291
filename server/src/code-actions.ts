// textDocument/codeAction: finds the finding behind each of our diagnostics (re-linting when the
// published findings are for an older version) and asks each action builder for its actions.
// Later actions (ignore comments, fix all, show docs) are more builders in ACTION_BUILDERS.
import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { LineIndex, type Edit, type Finding } from '../../rules/src/index.js';
import { SOURCE, readDiagnosticData } from './diagnostics.js';
import type { LintResult } from './document-linter.js';

/** Everything a builder needs to describe one finding's actions. */
export interface ActionTarget {
  diagnostic: Diagnostic;
  finding: Finding;
  /** The lint result the finding belongs to: its edits are offsets into `result.text`. */
  result: LintResult;
  toWorkspaceEdit(edits: readonly Edit[]): WorkspaceEdit;
}

export type ActionBuilder = (target: ActionTarget) => CodeAction[];

/** The finding's own fix, preferred when it is safe. */
export const quickFix: ActionBuilder = ({ diagnostic, finding, toWorkspaceEdit }) => {
  if (!finding.fix || finding.fix.edits.length === 0) return [];
  return [
    {
      title: finding.fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: finding.fix.safe,
      edit: toWorkspaceEdit(finding.fix.edits),
    },
  ];
};

export const ACTION_BUILDERS: readonly { kind: string; build: ActionBuilder }[] = [{ kind: CodeActionKind.QuickFix, build: quickFix }];

export interface CodeActionDeps {
  /** The published result for the document's current version, if it is current. */
  cached: LintResult | undefined;
  /** Lints the current text (when the cache is stale). */
  relint(): Promise<LintResult>;
  supportsDocumentChanges: boolean;
}

export async function provideCodeActions(params: CodeActionParams, deps: CodeActionDeps): Promise<CodeAction[]> {
  const builders = ACTION_BUILDERS.filter((b) => wanted(b.kind, params.context.only));
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
  if (builders.length === 0 || ours.length === 0) return [];

  const result = deps.cached ?? (await deps.relint());
  const index = new LineIndex(result.text);
  const toWorkspaceEdit = (edits: readonly Edit[]): WorkspaceEdit => {
    const textEdits: TextEdit[] = edits.map((e) => ({ range: index.rangeOf(e), newText: e.text }));
    if (deps.supportsDocumentChanges) {
      return { documentChanges: [TextDocumentEdit.create({ uri: result.uri, version: result.version }, textEdits)] };
    }
    return { changes: { [result.uri]: textEdits } };
  };

  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const finding = findingFor(diagnostic, result);
    if (!finding) continue;
    for (const b of builders) actions.push(...b.build({ diagnostic, finding, result, toWorkspaceEdit }));
  }
  return actions;
}

/** By the index in `data` when it is for this version and still matches; else by rule and range. */
function findingFor(diagnostic: Diagnostic, result: LintResult): Finding | undefined {
  const data = readDiagnosticData(diagnostic);
  if (data && data.version === result.version) {
    const f = result.findings[data.index];
    if (f && matches(f, diagnostic)) return f;
  }
  return result.findings.find((f) => matches(f, diagnostic));
}

function matches(finding: Finding, diagnostic: Diagnostic): boolean {
  const a = finding.range;
  const b = diagnostic.range;
  return (
    finding.rule === diagnostic.code &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** `only: ['quickfix']` asks for quick fixes and their sub-kinds; no `only` asks for everything. */
function wanted(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}
