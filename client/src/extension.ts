// The desktop entry of the Shipshape extension: runs the bundled language server as a Node
// process over IPC. Everything else is shared with the browser entry through features.ts.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { shipshapeClientOptions, startShipshape } from './features.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  client = await startShipshape(context, (output) => new LanguageClient('shipshape', 'Shipshape', serverOptions, shipshapeClientOptions(context, output)));
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
