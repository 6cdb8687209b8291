// The desktop entry of the Shipshape extension: runs the bundled language server as a Node
// process over IPC. Everything else is shared with the browser entry through features.ts.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { registerFeatures, shipshapeClientOptions } from './features.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // A log channel: "Developer: Set Log Level…" filters what it shows.
  const output = vscode.window.createOutputChannel('Shipshape', { log: true });
  context.subscriptions.push(output);

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  client = new LanguageClient('shipshape', 'Shipshape', serverOptions, shipshapeClientOptions(context, output));
  registerFeatures(context, client, output);
  try {
    await client.start();
  } catch (error) {
    // The commands stay registered, so "Restart Server" can try again.
    output.error(`The Shipshape server failed to start: ${String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
