// The web build's client (dist/web/extension.js, the manifest's `browser` entry), for vscode.dev
// and other browser-hosted VS Code: the same client as extension.ts, but the language server runs
// in a Web Worker (dist/web/server.js) and reads workspace files by asking this client, which
// answers through VS Code's file system API (file-requests.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { shipshapeClientOptions, startShipshape } from './features.js';
import { registerFileRequests } from './file-requests.js';

/** The Worker constructor of the extension host; declared here because the project compiles without the DOM library. */
declare const Worker: new (scriptUrl: string, options?: { name?: string }) => { terminate(): void };
type ServerWorker = InstanceType<typeof Worker>;

/**
 * URI schemes of the documents a browser-hosted VS Code opens: local folders (`file`), new files,
 * vscode.dev's GitHub/Azure Repos file system (`vscode-vfs`) and @vscode/test-web's (`vscode-test-web`).
 */
const BROWSER_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-test-web'];

let client: LanguageClient | undefined;
let worker: ServerWorker | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  // A fresh Worker on every start, so "Restart Server" and crash restarts begin from a clean state;
  // the client does not end the Worker it stops, so the previous one is ended here.
  const startWorker = async (): Promise<ServerWorker> => {
    worker?.terminate();
    worker = new Worker(serverMain.toString(true), { name: 'Shipshape language server' });
    return worker;
  };
  const serverOptions = startWorker as ConstructorParameters<typeof LanguageClient>[2];
  client = await startShipshape(context, (output) => {
    const created = new LanguageClient('shipshape', 'Shipshape', serverOptions, shipshapeClientOptions(context, output, BROWSER_SCHEMES));
    // Registered before start, so the server's first reads (config files during the first lint) are answered.
    context.subscriptions.push(registerFileRequests(created, output));
    return created;
  });
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
  worker?.terminate();
  worker = undefined;
}
