// Everything the node client (extension.ts, server over IPC) and the browser client (server in a
// Worker) share. Usage: create the client with `shipshapeClientOptions(...)`, then call
// `registerFeatures(...)` before `client.start()`. No node-only import may appear here.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerClientCommands, registerServerCommandFallbacks, serverCommandArguments } from './commands.js';
import { documentSelector } from './document-selector.js';
import { crashHandler } from './error-handler.js';
import { configurationMiddleware } from './explicit-settings.js';
import { RestartPolicy } from './restart-policy.js';
import { registerStatus } from './status.js';

const WATCHED_FILES =
  '**/{Dockerfile*,Containerfile*,*.dockerfile,*.containerfile,*.yaml,*.yml,daemon.json,.dockerignore,*.dockerignore,Kustomization,.shipshape.yaml,.shipshape.yml}';

/**
 * The client options both entry points use. `schemes` are the URI schemes of the documents to
 * lint (desktop: file and untitled; a browser client passes its virtual file system's schemes).
 */
export function shipshapeClientOptions(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  schemes?: readonly string[],
): LanguageClientOptions {
  // Every file the server lints or consults: the workspace-wide Problems follow edits on disk.
  const fileWatcher = vscode.workspace.createFileSystemWatcher(WATCHED_FILES);
  context.subscriptions.push(fileWatcher);
  const selector = documentSelector(schemes);
  return {
    documentSelector: selector,
    // `files` too: a change of files.exclude changes which files the workspace scan covers.
    synchronize: { configurationSection: ['shipshape', 'files'], fileEvents: fileWatcher },
    outputChannel: output,
    errorHandler: crashHandler(output, new RestartPolicy()),
    middleware: {
      workspace: { configuration: configurationMiddleware },
      // Server commands the language client registered from the server's capabilities.
      executeCommand: async (command, args, next) => {
        const finalArgs = serverCommandArguments(command, args, selector);
        return finalArgs ? next(command, finalArgs) : undefined;
      },
    },
  };
}

/** Commands, the language status item and the server-command fallbacks. Call before `client.start()`. */
export function registerFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
  registerClientCommands(context, client, output);
  registerStatus(context, client, client.clientOptions.documentSelector as vscode.DocumentSelector);
  let fallbacksRegistered = false;
  const onRunning = () => {
    if (fallbacksRegistered || !client.isRunning()) return;
    fallbacksRegistered = true;
    registerServerCommandFallbacks(context, client, output);
  };
  context.subscriptions.push(client.onDidChangeState(onRunning));
  onRunning();
}

/**
 * Activation shared by both entries: the log channel, the client the entry builds for its
 * transport, the features, and a start whose failure leaves "Restart Server" available.
 */
export async function startShipshape<C extends BaseLanguageClient>(
  context: vscode.ExtensionContext,
  createClient: (output: vscode.LogOutputChannel) => C,
): Promise<C> {
  // A log channel: "Developer: Set Log Level…" filters what it shows.
  const output = vscode.window.createOutputChannel('Shipshape', { log: true });
  context.subscriptions.push(output);
  const client = createClient(output);
  registerFeatures(context, client, output);
  try {
    await client.start();
  } catch (error) {
    output.error(`The Shipshape server failed to start: ${String(error)}`);
  }
  return client;
}
