// The VS Code side of Shipshape: starts the bundled language server and offers its commands.
// Everything about files and rules lives in the server; this stays thin.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { configurationMiddleware } from './explicit-settings.js';

let client: LanguageClient | undefined;

const LANGUAGES = ['dockerfile', 'yaml', 'dockercompose'];
const FILE_PATTERNS = ['**/daemon.json', '**/{Dockerfile,Containerfile}', '**/*.{dockerfile,containerfile}'];

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const selector: { language?: string; scheme: string; pattern?: string }[] = [];
  for (const scheme of ['file', 'untitled']) {
    for (const language of LANGUAGES) selector.push({ language, scheme });
  }
  // Files whose language VS Code does not know (daemon.json is plain json; Containerfile may be plaintext).
  for (const pattern of FILE_PATTERNS) selector.push({ scheme: 'file', pattern });
  return selector;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Shipshape', { log: true });
  context.subscriptions.push(output);

  const configWatcher = vscode.workspace.createFileSystemWatcher('**/.shipshape.{yaml,yml}');
  context.subscriptions.push(configWatcher);

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: {
      configurationSection: 'shipshape',
      fileEvents: configWatcher,
    },
    outputChannel: output,
    middleware: { workspace: { configuration: configurationMiddleware } },
  };

  client = new LanguageClient('shipshape', 'Shipshape', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('shipshape.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('shipshape.restartServer', async () => {
      output.info('Restarting the Shipshape language server.');
      await client?.restart();
    }),
  );

  await client.start();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
