// Shared steps of the electron suite: find the workspace copy, open files, wait for diagnostics.
import * as vscode from 'vscode';

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Polls `probe` until it returns a truthy value. Mocha's timeout is off, so this bounds the wait. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The rule id of one of our diagnostics (`code` is `{ value, target }` when it links to docs). */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'shipshape') return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

export function findingsOf(uri: vscode.Uri, rule: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => ruleOf(d) === rule);
}

export function waitForFinding(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic> {
  return waitFor(`${rule} in ${uri.fsPath}`, () => findingsOf(uri, rule)[0]);
}

export function waitForNoFinding(uri: vscode.Uri, rule: string): Promise<true> {
  return waitFor(`${rule} to leave ${uri.fsPath}`, () => findingsOf(uri, rule).length === 0);
}

export async function open(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** The code actions VS Code's lightbulb would offer for `diagnostic`. */
export async function codeActionsFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, kind);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** Applies a code action as the editor does: its edit first, then its command. */
export async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`VS Code refused the edit of "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}
