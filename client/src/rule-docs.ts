// The rule list and the rule documentation that ship inside the extension (rules/docs/<id>.md),
// shown in VS Code's Markdown preview: works offline and in the browser alike.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { docsUrl } from '../../rules/src/rule.js';
import { docsPageSegments, docsSummary, isRuleId, ruleIdOfDocsPage, rulePickItems, type RulePickItem } from './rule-catalog.js';
import { RULES_REQUEST, type RuleInfo, type RulesResult } from './server-api.js';

export class RuleDocs {
  private catalog: Promise<RuleInfo[]> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: BaseLanguageClient,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** Opens the bundled page of a rule; the public page when the bundled one is missing. */
  async open(ruleId: string): Promise<void> {
    if (!isRuleId(ruleId)) {
      void vscode.window.showWarningMessage(`Shipshape: "${String(ruleId)}" is not a rule id.`);
      return;
    }
    const page = vscode.Uri.joinPath(this.extensionUri, ...docsPageSegments(ruleId));
    if (await exists(page)) {
      await vscode.commands.executeCommand('markdown.showPreview', page);
    } else {
      this.output.warn(`No bundled documentation for ${ruleId}; opening the public page.`);
      await vscode.env.openExternal(vscode.Uri.parse(docsUrl(ruleId)));
    }
  }

  /** Lets the user pick a rule from the whole catalog; undefined when dismissed. */
  async pick(placeHolder: string): Promise<string | undefined> {
    const items = rulePickItems(await this.rules());
    const picked = await vscode.window.showQuickPick<RulePickItem>(items, {
      placeHolder,
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return picked?.ruleId;
  }

  /** The server's catalog (id, title, severity, fix); the bundled docs index when the server cannot answer. */
  private rules(): Promise<RuleInfo[]> {
    this.catalog ??= this.loadRules().catch((error: unknown) => {
      this.catalog = undefined; // try again next time
      throw error;
    });
    return this.catalog;
  }

  private async loadRules(): Promise<RuleInfo[]> {
    try {
      const rules = await this.client.sendRequest<RulesResult>(RULES_REQUEST);
      if (Array.isArray(rules) && rules.length > 0) return rules;
    } catch (error) {
      this.output.info(`The server did not list its rules (${String(error)}); reading the bundled docs instead.`);
    }
    return this.rulesFromDocs();
  }

  private async rulesFromDocs(): Promise<RuleInfo[]> {
    const root = vscode.Uri.joinPath(this.extensionUri, 'rules', 'docs');
    const rules: RuleInfo[] = [];
    for (const [kind, type] of await vscode.workspace.fs.readDirectory(root)) {
      if (type !== vscode.FileType.Directory) continue;
      for (const [file] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, kind))) {
        const id = ruleIdOfDocsPage(kind, file);
        if (!id) continue;
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, kind, file)));
        rules.push({ id, title: docsSummary(text), severity: '' });
      }
    }
    return rules;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
