// Wires one LSP connection to the engine: document sync, settings, diagnostics, code actions.
// Used by the stdio/IPC entry point (server.ts) and, over in-memory streams, by the tests.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { provideCodeActions } from './code-actions.js';
import { DocumentLinter } from './document-linter.js';
import { DocumentValidator } from './document-validator.js';
import { consoleLogger, guard } from './log.js';
import { SettingsResolver } from './settings.js';
import { WorkspaceFolders } from './workspace-folders.js';

const CONFIG_FILE = /(^|[\\/])\.shipshape\.ya?ml$/;

export interface LanguageServerOptions {
  /** Debounce after a change, in ms. */
  changeDelayMs?: number;
}

export function startLanguageServer(connection: Connection, options: LanguageServerOptions = {}): void {
  const log = consoleLogger(connection.console);
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  const settings = new SettingsResolver(connection, folders, log);
  const linter = new DocumentLinter(settings, log);
  const validator = new DocumentValidator(connection, documents, linter, log, options.changeDelayMs);
  let supportsDocumentChanges = false;
  let supportsConfigurationChangeRegistration = false;
  let supportsWorkspaceFolderEvents = false;

  const settingsChanged = () => {
    settings.invalidate();
    validator.scheduleAll();
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    folders.initialize(params);
    settings.supportsConfigurationRequest = caps.workspace?.configuration === true;
    supportsDocumentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    supportsConfigurationChangeRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    supportsWorkspaceFolderEvents = caps.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'shipshape' },
    };
  });

  connection.onInitialized(
    guard(log, 'initialized', undefined, async () => {
      // Without this, clients that register settings sections dynamically never tell us of changes.
      if (supportsConfigurationChangeRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'shipshape' });
      }
      if (supportsWorkspaceFolderEvents) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard(log, 'workspace/didChangeWorkspaceFolders', undefined, (event) => {
            folders.update(event);
            settingsChanged();
          }),
        );
      }
      log.info('Shipshape language server ready.');
    }),
  );

  connection.onDidChangeConfiguration(
    guard(log, 'workspace/didChangeConfiguration', undefined, (params) => {
      const pushed = (params.settings as Record<string, unknown> | null | undefined)?.shipshape;
      if (pushed !== undefined) settings.pushedSettings = pushed;
      settingsChanged();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard(log, 'workspace/didChangeWatchedFiles', undefined, (params) => {
      if (params.changes.some((c) => CONFIG_FILE.test(c.uri))) settingsChanged();
    }),
  );

  // TextDocuments fires a content change right after every open; that one is linted at once,
  // later changes after the debounce delay.
  const justOpened = new Set<string>();
  documents.onDidOpen(
    guard(log, 'textDocument/didOpen', undefined, (e) => {
      justOpened.add(e.document.uri);
      validator.schedule(e.document.uri, true);
    }),
  );
  documents.onDidChangeContent(
    guard(log, 'textDocument/didChange', undefined, (e) => {
      if (justOpened.delete(e.document.uri)) return;
      validator.schedule(e.document.uri);
    }),
  );
  documents.onDidClose(
    guard(log, 'textDocument/didClose', undefined, (e) => {
      settings.forget(e.document.uri);
      validator.closed(e.document.uri);
    }),
  );

  connection.onCodeAction(
    guard(log, 'textDocument/codeAction', [], async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      return provideCodeActions(params, {
        cached: validator.resultFor(document.uri, document.version),
        relint: () => linter.lint(document),
        supportsDocumentChanges,
      });
    }),
  );

  connection.onShutdown(() => validator.dispose());

  documents.listen(connection);
  connection.listen();
}
