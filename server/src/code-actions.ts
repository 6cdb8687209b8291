// textDocument/codeAction: finds the finding behind each of our diagnostics (re-linting when the
// published findings are for an older version) and offers, per finding as ESLint does: its fix,
// "Ignore for this line", "Ignore in this file", "Disable in the workspace", "Show documentation";
// and, when asked for source actions, `source.fixAll.shipshape`.
import {
  CodeActionKind,
  CreateFile,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { LineIndex, detectSyntax, type Edit, type Finding } from '../../rules/src/index.js';
import { SOURCE, readDiagnosticData } from './diagnostics.js';
import type { LintResult } from './document-linter.js';
import { ignoreFileEdit, ignoreLineEdit } from './suppression-edits.js';
import { disableRuleEdit, newConfigText } from './workspace-config-edit.js';

export const FIX_ALL_KIND = 'source.fixAll.shipshape';
export const FIX_ALL_COMMAND = 'shipshape.fixAll';
export const SHOW_DOCS_COMMAND = 'shipshape.showRuleDocumentation';

/** The workspace folder's `.shipshape.yaml`, for "Disable in the workspace". */
export interface WorkspaceConfigFile {
  uri: string;
  path: string;
  /** Its text, or undefined when it does not exist yet. */
  text: string | undefined;
  /** The open document's version when the editor has it open. */
  version: number | null;
}

export interface CodeActionDeps {
  /** The published result for the document's current version, if it is current. */
  cached: LintResult | undefined;
  /** Lints the current text (when the cache is stale). */
  relint(): Promise<LintResult>;
  /** The engine's name for the document (a file-system path on Node). */
  path: string;
  languageId: string;
  workspaceConfig(): Promise<WorkspaceConfigFile | undefined>;
  supportsDocumentChanges: boolean;
  supportsCreateFile: boolean;
}

interface ActionTarget {
  diagnostic: Diagnostic;
  finding: Finding;
  result: LintResult;
  deps: CodeActionDeps;
  config: WorkspaceConfigFile | undefined;
  toWorkspaceEdit(edits: readonly Edit[]): WorkspaceEdit;
}

type ActionBuilder = (target: ActionTarget) => CodeAction[];

const quickFix: ActionBuilder = ({ diagnostic, finding, toWorkspaceEdit }) => {
  if (!finding.fix || finding.fix.edits.length === 0) return [];
  return [{ title: finding.fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: finding.fix.safe, edit: toWorkspaceEdit(finding.fix.edits) }];
};

/** Comments exist in Dockerfiles and YAML, not in daemon.json. */
function commentSyntax(target: ActionTarget): 'dockerfile' | 'yaml' | undefined {
  const syntax = detectSyntax(target.deps.path, target.deps.languageId);
  return syntax === 'dockerfile' || syntax === 'yaml' ? syntax : undefined;
}

const ignoreLine: ActionBuilder = (target) => {
  if (!commentSyntax(target)) return [];
  const edit = ignoreLineEdit(target.result.text, target.deps.path, target.deps.languageId, target.finding);
  if (!edit) return [];
  return [{ title: `Ignore ${target.finding.rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [target.diagnostic], edit: target.toWorkspaceEdit([edit]) }];
};

const ignoreFile: ActionBuilder = (target) => {
  const syntax = commentSyntax(target);
  if (!syntax) return [];
  const edit = ignoreFileEdit(target.result.text, syntax, target.finding.rule);
  if (!edit) return [];
  return [{ title: `Ignore ${target.finding.rule} in this file`, kind: CodeActionKind.QuickFix, diagnostics: [target.diagnostic], edit: target.toWorkspaceEdit([edit]) }];
};

const disableInWorkspace: ActionBuilder = (target) => {
  const { finding, diagnostic, config, deps } = target;
  // Suppressions are for files that can carry comments: daemon.json gets its fix and the docs only.
  if (!config || !commentSyntax(target)) return [];
  const title = `Disable ${finding.rule} in the workspace`;
  if (config.text === undefined) {
    if (!deps.supportsCreateFile) return [];
    const insert: TextEdit = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newConfigText(finding.rule) };
    const edit: WorkspaceEdit = { documentChanges: [CreateFile.create(config.uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri: config.uri, version: null }, [insert])] };
    return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit }];
  }
  const change = disableRuleEdit(config.text, config.path, finding.rule);
  if (!change) return [];
  const lines = new LineIndex(config.text);
  const textEdits: TextEdit[] = [{ range: lines.rangeOf(change), newText: change.text }];
  const edit: WorkspaceEdit = deps.supportsDocumentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: config.uri, version: config.version }, textEdits)] }
    : { changes: { [config.uri]: textEdits } };
  return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit }];
};

const showDocs: ActionBuilder = ({ finding, diagnostic }) => [
  {
    title: `Show documentation for ${finding.rule}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Show documentation for ${finding.rule}`, command: SHOW_DOCS_COMMAND, arguments: [finding.rule] },
  },
];

/** In the order they are listed for each finding. */
const BUILDERS: readonly ActionBuilder[] = [quickFix, ignoreLine, ignoreFile, disableInWorkspace, showDocs];

export async function provideCodeActions(params: CodeActionParams, deps: CodeActionDeps): Promise<CodeAction[]> {
  const only = params.context.only;
  const wantsQuickFixes = wanted(CodeActionKind.QuickFix, only);
  // Fix-all is offered when source actions are asked for (on save, or the Source Action menu).
  const wantsFixAll = only !== undefined && only.length > 0 && wanted(FIX_ALL_KIND, only);
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
  if (!wantsFixAll && (!wantsQuickFixes || ours.length === 0)) return [];

  const result = deps.cached ?? (await deps.relint());
  const toWorkspaceEdit = workspaceEditFor(result, deps.supportsDocumentChanges);
  const actions: CodeAction[] = [];
  if (wantsQuickFixes && ours.length > 0) {
    const config = await deps.workspaceConfig();
    for (const diagnostic of ours) {
      const finding = findingFor(diagnostic, result);
      if (!finding) continue;
      for (const build of BUILDERS) actions.push(...build({ diagnostic, finding, result, deps, config, toWorkspaceEdit }));
    }
  }
  if (wantsFixAll) {
    const edits = fixAllEdits(result.findings);
    if (edits.length > 0) actions.push({ title: 'Fix all safe Shipshape problems', kind: FIX_ALL_KIND, edit: toWorkspaceEdit(edits) });
  }
  return actions;
}

export function workspaceEditFor(result: LintResult, supportsDocumentChanges: boolean): (edits: readonly Edit[]) => WorkspaceEdit {
  const index = new LineIndex(result.text);
  return (edits) => {
    const textEdits: TextEdit[] = edits.map((e) => ({ range: index.rangeOf(e), newText: e.text }));
    if (supportsDocumentChanges && result.version !== undefined) {
      return { documentChanges: [TextDocumentEdit.create({ uri: result.uri, version: result.version }, textEdits)] };
    }
    return { changes: { [result.uri]: textEdits } };
  };
}

/** The safe fixes of a document, whole fixes only, without overlaps; an edit offered twice is applied once. */
export function fixAllEdits(findings: readonly Finding[]): Edit[] {
  const accepted: Edit[] = [];
  const key = (e: Edit) => `${e.start}:${e.end}:${e.text}`;
  const seen = new Set<string>();
  for (const f of findings) {
    if (!f.fix || !f.fix.safe || f.fix.edits.length === 0) continue;
    const fresh = f.fix.edits.filter((e) => !seen.has(key(e)));
    const overlaps = fresh.some((e) => accepted.some((a) => e.start < a.end && a.start < e.end || (e.start === a.start && e.start === e.end && a.start === a.end)));
    if (overlaps) continue;
    for (const e of fresh) {
      seen.add(key(e));
      accepted.push(e);
    }
  }
  return accepted.sort((a, b) => a.start - b.start || a.end - b.end);
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
