// A small LSP client for protocol tests: drives the Shipshape server over a real JSON-RPC
// connection (the bundled dist/server.js over stdio, or an in-process server over streams),
// answers workspace/configuration with settings the test controls, and records diagnostics.
import assert from 'node:assert/strict';
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializeRequest,
  InitializedNotification,
  IPCMessageReader,
  IPCMessageWriter,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  ApplyWorkspaceEditRequest,
  ExecuteCommandRequest,
  WorkDoneProgressCreateRequest,
  WorkDoneProgress,
  type ApplyWorkspaceEditParams,
  type ProgressToken,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CodeAction,
  type Command,
  type Diagnostic,
  type InitializeResult,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const REPO_ROOT = resolve(__dirname, '../..');
export const SERVER_BUNDLE = join(REPO_ROOT, 'dist/server.js');
/** Generous: a slow CI machine must not fail a correct server. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Builds dist/ once when the bundle is missing (tests normally run after `npm run build`). */
export function ensureServerBundle(): string {
  if (!existsSync(SERVER_BUNDLE)) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (!existsSync(SERVER_BUNDLE)) throw new Error(`dist/server.js is missing and \`node scripts/build.mjs\` did not produce it (exit ${r.status}).`);
  }
  return SERVER_BUNDLE;
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

export interface InitializeOptions {
  /** Workspace folder paths (rootUri is the first). */
  workspaceFolders?: string[];
  /** Advertise `workspace.configuration` (default true): without it the server reads pushed settings. */
  configuration?: boolean;
  /** The parent process id the server watches; null for an in-process server. */
  processId?: number | null;
  /** Advertise `window.workDoneProgress` (default true). */
  progress?: boolean;
}

type SettingsProvider = (scopeUri: string | undefined) => unknown;

export class LspTestClient {
  /** What `workspace/configuration` answers for the `shipshape` section; tests replace it freely. */
  settings: SettingsProvider = () => ({});
  /** What `workspace/configuration` answers for the `files` section (VS Code's files.exclude lives there). */
  filesSettings: SettingsProvider = () => ({ exclude: {} });
  readonly configurationRequests: (string | undefined)[] = [];
  /** Tokens the server created with window/workDoneProgress/create, and the `$/progress` values per token. */
  readonly progress = new Map<ProgressToken, unknown[]>();
  /** Edits the server asked to apply with workspace/applyEdit (all are reported as applied). */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** Every `shipshape/status` notification, in arrival order. */
  readonly statuses: unknown[] = [];
  readonly logs: string[] = [];
  /** Every publishDiagnostics per URI, in arrival order. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly listeners = new Set<(p: PublishDiagnosticsParams) => void>();
  private readonly progressListeners = new Set<() => void>();
  private readonly documents = new Map<string, TextDocument>();

  constructor(
    readonly connection: ProtocolConnection,
    private readonly onClose: () => Promise<void>,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      for (const l of [...this.listeners]) l(p);
    });
    connection.onNotification('shipshape/status', (p: unknown) => {
      this.statuses.push(p);
    });
    connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
    });
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configurationRequests.push(item.scopeUri);
        if (item.section === 'files') return this.filesSettings(item.scopeUri) as object | null;
        return (item.section === 'shipshape' ? this.settings(item.scopeUri) : null) as object | null;
      }),
    );
    connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.progress.set(params.token, []);
      connection.onProgress(WorkDoneProgress.type, params.token, (value) => {
        this.progress.get(params.token)!.push(value);
        for (const l of [...this.progressListeners]) l();
      });
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.listen();
  }

  /** Starts the bundled server: `node dist/server.js --stdio`, or forked with `--node-ipc` as VS Code does. */
  static spawnBundled(transport: 'stdio' | 'node-ipc' = 'stdio'): LspTestClient {
    const bundle = ensureServerBundle();
    const child: ChildProcess =
      transport === 'stdio'
        ? spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
        : fork(bundle, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const stderr: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const [reader, writer] =
      transport === 'stdio' ? [new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)] : [new IPCMessageReader(child), new IPCMessageWriter(child)];
    const connection = createProtocolConnection(reader, writer);
    const client = new LspTestClient(connection, async () => {
      connection.sendNotification(ExitNotification.type).catch(() => undefined);
      client.exitCode = await withTimeout(exited, DEFAULT_TIMEOUT_MS, `the server process to exit (stderr: ${stderr.join('')})`);
      connection.dispose();
    });
    return client;
  }

  /** A client over any reader/writer pair (e.g. PassThrough streams to an in-process server). */
  static overStreams(reader: MessageReader, writer: MessageWriter, dispose: () => void): LspTestClient {
    const connection = createProtocolConnection(reader, writer);
    return new LspTestClient(connection, async () => {
      connection.dispose();
      dispose();
    });
  }

  /** The spawned server's exit code, once `shutdown()` has returned. */
  exitCode: number | null | undefined;

  async initialize(options: InitializeOptions = {}): Promise<InitializeResult> {
    const folders = options.workspaceFolders ?? [];
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: options.processId === undefined ? process.pid : options.processId,
      rootUri: folders.length > 0 ? fileUri(folders[0]) : null,
      workspaceFolders: folders.length > 0 ? folders.map((f, i) => ({ uri: fileUri(f), name: `folder${i}` })) : null,
      capabilities: {
        window: { workDoneProgress: options.progress ?? true },
        workspace: {
          configuration: options.configuration ?? true,
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
          didChangeWatchedFiles: { dynamicRegistration: false },
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: false },
          codeAction: { dataSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
          synchronization: { dynamicRegistration: false },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  version(uri: string): number {
    return this.document(uri).version;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends changes (whole-text or ranged) as the next version; returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.document(uri);
    const version = doc.version + 1;
    this.documents.set(uri, TextDocument.update(doc, changes, version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  replaceText(uri: string, text: string): Promise<number> {
    return this.change(uri, [{ text }]);
  }

  /** Applies a WorkspaceEdit's edits for `uri` locally and sends them as incremental changes. */
  async applyEdit(uri: string, edit: WorkspaceEdit): Promise<number> {
    // Sent back to front, so each edit's range is still valid when the server applies it.
    const edits = editsFor(edit, uri).sort((a, b) => compareRange(b.range, a.range));
    return this.change(uri, edits.map((e) => ({ range: e.range, text: e.newText })));
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: unknown): Promise<void> {
    this.settings = () => settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { shipshape: settings } });
  }

  async configFileChanged(path: string): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(path), type: FileChangeType.Changed }] });
  }

  /** Tells the server that files changed on disk, as VS Code's file watcher does. */
  async filesChanged(changes: { path: string; type: 'created' | 'changed' | 'deleted' }[]): Promise<void> {
    const types: Record<string, FileChangeType> = { created: FileChangeType.Created, changed: FileChangeType.Changed, deleted: FileChangeType.Deleted };
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map((c) => ({ uri: fileUri(c.path), type: types[c.type] })) });
  }

  async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /** Resolves once some progress token has received an `end` report. */
  waitForProgressEnd(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<unknown[]> {
    const ended = () => [...this.progress.values()].find((values) => values.some((v) => (v as { kind?: string }).kind === 'end'));
    const now = ended();
    if (now) return Promise.resolve(now);
    let listener: () => void = () => undefined;
    const arrived = new Promise<unknown[]>((done) => {
      listener = () => {
        const values = ended();
        if (values) done(values);
      };
      this.progressListeners.add(listener);
    });
    return withTimeout(arrived, timeoutMs, 'the end of a work-done progress').finally(() => this.progressListeners.delete(listener));
  }

  /** Resolves with the first diagnostics for `uri` (the latest already received, or a later one) that satisfy `accept`. */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<PublishDiagnosticsParams> {
    const latest = this.published.get(uri)?.at(-1);
    if (latest && accept(latest)) return Promise.resolve(latest);
    let listener: (p: PublishDiagnosticsParams) => void = () => undefined;
    const arrived = new Promise<PublishDiagnosticsParams>((done) => {
      listener = (p) => {
        if (p.uri === uri && accept(p)) done(p);
      };
      this.listeners.add(listener);
    });
    return withTimeout(arrived, timeoutMs, `diagnostics for ${uri} matching the expectation (last received: ${JSON.stringify(this.published.get(uri)?.at(-1) ?? null)})`).finally(() =>
      this.listeners.delete(listener),
    );
  }

  /** Diagnostics for the document's current version. */
  diagnosticsForCurrentVersion(uri: string, accept: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return this.waitForDiagnostics(uri, (p) => p.version === version && accept(p.diagnostics)).then((p) => p.diagnostics);
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
    return (result ?? []).filter((a): a is CodeAction => !isCommand(a));
  }

  async shutdown(): Promise<void> {
    await withTimeout(this.connection.sendRequest(ShutdownRequest.type), DEFAULT_TIMEOUT_MS, 'the shutdown response');
    await this.onClose();
  }

  private document(uri: string): TextDocument {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }
}

function isCommand(a: CodeAction | Command): a is Command {
  return typeof (a as Command).command === 'string';
}

/** The text edits a WorkspaceEdit makes to one document (`changes` or `documentChanges`). */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) {
      for (const e of change.edits) {
        if (!('newText' in e)) throw new Error('The server sent a snippet edit, which a quick fix must not.');
        out.push({ range: e.range, newText: e.newText });
      }
    }
  }
  return out;
}

/** The text after applying a WorkspaceEdit's edits for `uri`. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, text), editsFor(edit, uri));
}

function compareRange(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Starts the bundled server and initializes it; call `shutdown()` when done. */
export async function startBundledServer(options: InitializeOptions = {}, transport: 'stdio' | 'node-ipc' = 'stdio'): Promise<LspTestClient> {
  const client = LspTestClient.spawnBundled(transport);
  await client.initialize(options);
  return client;
}

/**
 * The server still lints a fresh document at `uri` (a daemon.json with a syntax error) and answers
 * a code-action request for it: what robustness and limits tests check after each hostile input.
 */
export async function assertServerAnswers(client: LspTestClient, uri: string): Promise<void> {
  await client.open(uri, 'json', '{ "icc": true, }');
  const ds = await client.diagnosticsForCurrentVersion(uri, (x) => x.some((d) => d.code === 'daemon/syntax'));
  const actions = await client.codeActions(uri, ds[0].range, []);
  assert.deepEqual(actions, []);
}
