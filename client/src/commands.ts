// The Shipshape commands. `scanWorkspace` and `fixAll` are the server's: when the server lists
// them in its executeCommand capability the language client registers them (and the middleware in
// features.ts fills in the active document); otherwise these registrations forward them.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';
import { RuleDocs } from './rule-docs.js';
import { FIX_ALL_COMMAND, SCAN_WORKSPACE_COMMAND } from './server-api.js';

const METHOD_NOT_FOUND = -32601;
const SERVER_COMMANDS = [SCAN_WORKSPACE_COMMAND, FIX_ALL_COMMAND];

export function registerClientCommands(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
  const docs = new RuleDocs(context.extensionUri, client, output);
  context.subscriptions.push(
    vscode.commands.registerCommand('shipshape.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('shipshape.restartServer', async () => {
      output.info('Restarting the Shipshape language server.');
      try {
        // BaseLanguageClient has no restart(); the browser client too is stopped and started.
        if (client.isRunning()) await client.stop();
        await client.start();
      } catch (error) {
        output.error(`Restarting the server failed: ${String(error)}`);
        void vscode.window.showErrorMessage('Shipshape: the server could not be restarted. See the output for details.');
      }
    }),
    vscode.commands.registerCommand('shipshape.showRules', async () => {
      const id = await docs.pick('Shipshape rules: pick one to read its documentation');
      if (id) await docs.open(id);
    }),
    vscode.commands.registerCommand('shipshape.showRuleDocumentation', async (ruleId?: unknown) => {
      const id = typeof ruleId === 'string' ? ruleId : await docs.pick('Open the documentation of a Shipshape rule');
      if (id) await docs.open(id);
    }),
  );
}

/**
 * Registers the server commands the server did not register through its capabilities. Call once
 * the client runs (the capabilities are known then); a later restart starts the same server.
 */
export function registerServerCommandFallbacks(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
  const advertised = client.initializeResult?.capabilities.executeCommandProvider?.commands ?? [];
  for (const command of SERVER_COMMANDS.filter((c) => !advertised.includes(c))) {
    context.subscriptions.push(
      vscode.commands.registerCommand(command, async (...args: unknown[]) => {
        const finalArgs = serverCommandArguments(command, args, client.clientOptions.documentSelector as vscode.DocumentSelector);
        if (finalArgs) await executeOnServer(client, output, command, finalArgs);
      }),
    );
  }
}

/** The arguments a server command is sent with, or undefined when it cannot run now. */
export function serverCommandArguments(command: string, args: unknown[], selector: vscode.DocumentSelector): unknown[] | undefined {
  if (command !== FIX_ALL_COMMAND || typeof args[0] === 'string') return args;
  // From the command palette or a key binding: the active document, if Shipshape lints it.
  const document = vscode.window.activeTextEditor?.document;
  if (!document || vscode.languages.match(selector, document) === 0) {
    void vscode.window.showInformationMessage('Shipshape: open a Dockerfile, Compose file, daemon.json or Kubernetes manifest to fix.');
    return undefined;
  }
  return [document.uri.toString()];
}

async function executeOnServer(client: BaseLanguageClient, output: vscode.LogOutputChannel, command: string, args: unknown[]): Promise<unknown> {
  try {
    return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    output.error(`${command} failed: ${String(error)}`);
    const message =
      code === METHOD_NOT_FOUND
        ? `Shipshape: this server does not support ${command}.`
        : `Shipshape: ${command} failed. See the output for details.`;
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
}
