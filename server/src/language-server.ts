// Wires one LSP connection to the engine: document sync, settings, diagnostics for open documents
// and for the whole workspace, code actions. Platform-neutral: the entry point (server.ts on Node,
// a browser Worker entry) hands in the connection, the file system and the URI mapping.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES_REQUEST, SCAN_WORKSPACE_COMMAND, type RulesResult } from '../../client/src/server-api.js';
import { RULES } from '../../rules/src/index.js';
import { FIX_ALL_COMMAND, FIX_ALL_KIND, fixAllEdits, provideCodeActions, workspaceEditFor, type WorkspaceConfigFile } from './code-actions.js';
import { ConfigFiles, isConfigFile } from './config-files.js';
import { DocumentLinter } from './document-linter.js';
import { CHANGE_DELAY_MS, DocumentValidator } from './document-validator.js';
import type { WorkspaceFileSystem } from './file-system.js';
import { IdleCollection, MIN_IDLE_MS, type YoungCollector } from './idle-collection.js';
import { consoleLogger, guard } from './log.js';
import { join } from './paths.js';
import { SettingsResolver } from './settings.js';
import { StatusReporter } from './status.js';
import { uriPathOf, type UriMapper } from './uri.js';
import { WorkspaceFolders } from './workspace-folders.js';
import { WorkspaceScanner } from './workspace-scanner.js';
import { WorkspaceState } from './workspace-state.js';

export type { WorkspaceFileSystem } from './file-system.js';
export type { UriMapper } from './uri.js';

export interface LanguageServerOptions {
  /** Debounce after a change, in ms. */
  changeDelayMs?: number;
  /** Where the runtime offers one: a young-generation collection, run in the debounce's pause (idle-collection.ts). */
  collectYoungGeneration?: YoungCollector;
}

/** Paths that are URIs: what a client-backed file system (ClientFileSystem) takes. */
export const uriPaths: UriMapper = {
  toPath: (uri) => (uri.startsWith('untitled:') ? undefined : uri),
  toUri: (path) => path,
};

/** `uris`: how URIs map to the file system's paths; by default the paths are the URIs themselves. */
export function startLanguageServer(connection: Connection, fs: WorkspaceFileSystem, uris: UriMapper = uriPaths, options: LanguageServerOptions = {}): void {
  const log = consoleLogger(connection.console);
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders(uris);
  const configFiles = new ConfigFiles(fs);
  const settings = new SettingsResolver(connection, folders, configFiles, log);
  const state = new WorkspaceState();
  const linter = new DocumentLinter(settings, state, uris, log);
  /** Paths of open documents: their diagnostics are the editor text's, never the disk's. */
  const openPaths = new Set<string>();
  const status = new StatusReporter(connection, log);
  const changeDelayMs = options.changeDelayMs ?? CHANGE_DELAY_MS;
  const idle = options.collectYoungGeneration && changeDelayMs >= MIN_IDLE_MS ? new IdleCollection(options.collectYoungGeneration) : undefined;
  let validator: DocumentValidator;
  const scanner = new WorkspaceScanner({
    connection,
    fs,
    folders,
    settings,
    state,
    linter,
    uris,
    log,
    isOpen: (path) => openPaths.has(path),
    supportsProgress: () => supportsProgress,
    dependenciesChanged: () => validator.scheduleAll(),
    status,
  });
  let supportsDocumentChanges = false;
  let supportsCreateFile = false;
  let supportsProgress = false;
  let supportsConfigurationChangeRegistration = false;
  let supportsWorkspaceFolderEvents = false;

  const settingsChanged = () => {
    settings.invalidate();
    validator.scheduleAll();
    scanner.start();
  };

  validator = new DocumentValidator(connection, documents, linter, log, changeDelayMs, (document) => {
    idle?.linted();
    const path = uris.toPath(document.uri);
    if (path === undefined) return;
    // An edited `.shipshape.yaml` applies at once, before it is saved.
    if (isConfigFile(path)) {
      if (configFiles.setOpenText(path, document.getText())) settingsChanged();
      return;
    }
    scanner.openTextChanged();
  }, status);

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    folders.initialize(params);
    settings.supportsConfigurationRequest = caps.workspace?.configuration === true;
    supportsDocumentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    supportsCreateFile = supportsDocumentChanges && (caps.workspace?.workspaceEdit?.resourceOperations ?? []).includes('create');
    supportsProgress = caps.window?.workDoneProgress === true;
    supportsConfigurationChangeRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    supportsWorkspaceFolderEvents = caps.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND, SCAN_WORKSPACE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'shipshape' },
    };
  });

  connection.onInitialized(
    guard(log, 'initialized', undefined, async () => {
      // Without this, clients that register settings sections dynamically never tell us of changes.
      if (supportsConfigurationChangeRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: ['shipshape', 'files'] });
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
      scanner.start();
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
    guard(log, 'workspace/didChangeWatchedFiles', undefined, async (params) => {
      let configChanged = false;
      for (const change of params.changes) {
        const path = uris.toPath(change.uri);
        if (path === undefined) continue;
        if (isConfigFile(path)) configChanged = true;
        else await scanner.fileChanged(path, change.type === FileChangeType.Deleted);
      }
      if (configChanged) settingsChanged();
    }),
  );

  // TextDocuments fires a content change right after every open; that one is linted at once,
  // later changes after the debounce delay.
  const justOpened = new Set<string>();
  documents.onDidOpen(
    guard(log, 'textDocument/didOpen', undefined, (e) => {
      const path = uris.toPath(e.document.uri);
      if (path !== undefined) openPaths.add(path);
      justOpened.add(e.document.uri);
      validator.schedule(e.document.uri, true);
    }),
  );
  documents.onDidChangeContent(
    guard(log, 'textDocument/didChange', undefined, (e) => {
      if (justOpened.delete(e.document.uri)) return;
      validator.schedule(e.document.uri);
      idle?.waiting();
    }),
  );
  documents.onDidClose(
    guard(log, 'textDocument/didClose', undefined, async (e) => {
      const uri = e.document.uri;
      const path = uris.toPath(uri);
      settings.forget(uri);
      validator.closed(uri);
      justOpened.delete(uri);
      if (path !== undefined) {
        openPaths.delete(path);
        state.setOpen(path, undefined);
        if (isConfigFile(path) && configFiles.setOpenText(path, undefined)) settingsChanged();
      }
      // The disk's findings replace the editor's (or nothing, for a file not in the workspace).
      await scanner.documentClosed(uri);
      scanner.openTextChanged();
    }),
  );

  const workspaceConfigOf = async (path: string): Promise<WorkspaceConfigFile | undefined> => {
    const folder = folders.folderOf(path);
    if (!folder) return undefined;
    for (const name of ['.shipshape.yaml', '.shipshape.yml']) {
      const configPath = join(folder.path, name);
      const uri = uris.toUri(configPath);
      const open = documents.get(uri);
      if (open) return { uri, path: configPath, text: open.getText(), version: open.version };
      const text = await fs.readFile(configPath);
      if (text !== undefined) return { uri, path: configPath, text, version: null };
    }
    const configPath = join(folder.path, '.shipshape.yaml');
    return { uri: uris.toUri(configPath), path: configPath, text: undefined, version: null };
  };

  connection.onCodeAction(
    guard(log, 'textDocument/codeAction', [], async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const path = uris.toPath(document.uri);
      return provideCodeActions(params, {
        cached: validator.resultFor(document.uri, document.version),
        relint: () => linter.lintDocument(document),
        path: path ?? uriPathOf(document.uri),
        languageId: document.languageId,
        workspaceConfig: () => (path === undefined ? Promise.resolve(undefined) : workspaceConfigOf(path)),
        supportsDocumentChanges,
        supportsCreateFile,
      });
    }),
  );

  connection.onExecuteCommand(
    guard(log, 'workspace/executeCommand', undefined, async (params) => {
      if (params.command === SCAN_WORKSPACE_COMMAND) {
        settings.invalidate();
        scanner.rescan();
        return;
      }
      if (params.command !== FIX_ALL_COMMAND) return;
      const uri = params.arguments?.[0];
      const document = typeof uri === 'string' ? documents.get(uri) : undefined;
      if (!document) return;
      const result = validator.resultFor(document.uri, document.version) ?? (await linter.lintDocument(document));
      const edits = fixAllEdits(result.findings);
      if (edits.length === 0) return;
      const applied = await connection.workspace.applyEdit({ label: 'Fix all safe Shipshape problems', edit: workspaceEditFor(result, supportsDocumentChanges)(edits) });
      if (!applied.applied) log.warn(`The editor did not apply the fixes to ${uri}${applied.failureReason ? `: ${applied.failureReason}` : ''}.`);
    }),
  );

  connection.onRequest(
    RULES_REQUEST,
    guard(log, RULES_REQUEST, [] as RulesResult, (): RulesResult => RULES.map((r) => ({ id: r.id, title: r.title, severity: r.severity, fix: r.fix, risk: r.risk }))),
  );

  connection.onShutdown(() => {
    validator.dispose();
    scanner.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
