// Figure 2's floor: a language server on the same stack as dist/server.js (vscode-languageserver
// over stdio, incremental sync into TextDocuments) that lints a document once when it opens, as the
// CLI would lint it in that workspace, and on every change publishes those same diagnostics again
// for the new version without linting. What it takes from didChange to publishDiagnostics is what
// the protocol, the transport and the client cost for that message on this machine: no server can
// answer faster with the same message. With SHIPSHAPE_CHANGE_DELAY_MS set, it waits that long after
// the last change before answering, as dist/server.js debounces its lint: the same path, after the
// same pause.
import { ProposedFeatures, TextDocumentSyncKind, TextDocuments, createConnection, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { lint } from '../../rules/src/index.js';
import { diagnosticsOf } from '../../server/src/diagnostics.js';
import { folderWorkspace } from './folder-workspace.js';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const firstLint = new Map<string, Diagnostic[]>();
let root = process.cwd();

connection.onInitialize((params) => {
  if (params.rootUri) root = fileURLToPath(params.rootUri);
  return { capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } } };
});
connection.onShutdown(() => undefined);
connection.onExit(() => process.exit(0));

function lintOnce(document: TextDocument): Diagnostic[] {
  const { config, workspace } = folderWorkspace(root);
  const findings = lint(document.getText(), fileURLToPath(document.uri), { config, languageId: document.languageId, workspace });
  return diagnosticsOf({ version: document.version, findings, notes: [] });
}

const delayMs = Number(process.env.SHIPSHAPE_CHANGE_DELAY_MS ?? 0) || 0;
const timers = new Map<string, ReturnType<typeof setTimeout>>();

function replay(document: TextDocument): void {
  let diagnostics = firstLint.get(document.uri);
  if (!diagnostics) firstLint.set(document.uri, (diagnostics = lintOnce(document)));
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

documents.onDidChangeContent(({ document }) => {
  clearTimeout(timers.get(document.uri));
  // The first version (didOpen) is answered at once, as dist/server.js lints an opened file at once.
  if (delayMs === 0 || !firstLint.has(document.uri)) replay(document);
  else timers.set(document.uri, setTimeout(() => replay(document), delayMs));
});
documents.onDidClose(({ document }) => {
  clearTimeout(timers.get(document.uri));
  firstLint.delete(document.uri);
});

documents.listen(connection);
connection.listen();
