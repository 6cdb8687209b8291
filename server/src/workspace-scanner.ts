// Whole-workspace Problems: lists every workspace folder's files, lints the ones not open in the
// editor and publishes their diagnostics, so findings show for files never opened. One file at a
// time with a macrotask between files, so requests about the document being edited come first;
// a new scan (settings or folders changed) cancels the running one; unchanged files (same text,
// settings and workspace dependencies) are not linted again.
import type { Connection } from 'vscode-languageserver';
import { diagnosticsOf } from './diagnostics.js';
import type { DocumentLinter } from './document-linter.js';
import { publish } from './document-validator.js';
import type { WorkspaceFileSystem } from './file-system.js';
import { describeError, type Logger } from './log.js';
import { isInside, join } from './paths.js';
import type { SettingsResolver } from './settings.js';
import type { StatusReporter } from './status.js';
import type { UriMapper } from './uri.js';
import type { Folder, WorkspaceFolders } from './workspace-folders.js';
import { hashText, isWorkspaceFile, isAuxiliaryFile, type WorkspaceState } from './workspace-state.js';

/** A huge workspace is scanned up to this many files per folder. */
export const MAX_FILES_PER_FOLDER = 20_000;

interface Entry {
  folder: Folder;
  /** What the published diagnostics were computed from; undefined when none are published. */
  lintedWith: string | undefined;
}

export interface ScannerDeps {
  connection: Connection;
  fs: WorkspaceFileSystem;
  folders: WorkspaceFolders;
  settings: SettingsResolver;
  state: WorkspaceState;
  linter: DocumentLinter;
  uris: UriMapper;
  log: Logger;
  /** Whether the editor has the file open (its diagnostics are the open document's). */
  isOpen(path: string): boolean;
  /** Whether the client accepts server-initiated progress (window.workDoneProgress). */
  supportsProgress(): boolean;
  /** Called when files other files depend on changed: open documents must be linted again. */
  dependenciesChanged(): void;
  status?: StatusReporter;
}

const nextMacrotask: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((done) => setImmediate(done)) : () => new Promise((done) => setTimeout(done, 0));

export class WorkspaceScanner {
  private run = 0;
  /** Bumped when workspace dependencies change: a newer re-lint pass stops the older ones. */
  private dependencyPass = 0;
  private readonly entries = new Map<string, Entry>();
  private lastStamp: string | undefined;

  constructor(private readonly deps: ScannerDeps) {}

  /** Scans again and re-publishes every file, changed or not (the Scan Workspace command). */
  rescan(): void {
    for (const entry of this.entries.values()) entry.lintedWith = undefined;
    this.start();
  }

  /** Starts a scan of every folder, cancelling a running one. */
  start(): void {
    const run = ++this.run;
    void this.scan(run).catch((error: unknown) => this.deps.log.error(`Workspace scan failed: ${describeError(error)}`));
  }

  dispose(): void {
    this.run++;
  }

  /** A document was closed: its disk text's findings replace the editor's. */
  async documentClosed(uri: string): Promise<void> {
    const path = this.deps.uris.toPath(uri);
    const entry = path !== undefined ? this.entries.get(path) : undefined;
    if (path === undefined || !entry || this.deps.state.diskText(path) === undefined) {
      publish(this.deps.connection, this.deps.log, uri, undefined, []);
      return;
    }
    entry.lintedWith = undefined;
    await this.lintOne(path, entry, this.run);
    if (entry.lintedWith === undefined) publish(this.deps.connection, this.deps.log, uri, undefined, []);
  }

  /** An open document changed: if other files depend on it, they are linted again. */
  openTextChanged(): void {
    this.checkDependencies();
  }

  /** workspace/didChangeWatchedFiles for a file that is not a config file. */
  async fileChanged(path: string, deleted: boolean): Promise<void> {
    const { state } = this.deps;
    if (deleted) {
      // A deleted directory takes every file below it along.
      for (const [p, entry] of [...this.entries]) {
        if (!isInside(p, path)) continue;
        this.entries.delete(p);
        state.deleteDisk(p);
        if (entry.lintedWith !== undefined && !this.deps.isOpen(p)) publish(this.deps.connection, this.deps.log, this.deps.uris.toUri(p), undefined, []);
      }
      await this.afterChange();
      return;
    }
    const entry = this.entries.get(path);
    if (!entry) {
      // A new file (or one the last scan skipped): the listing decides whether it belongs, with
      // .gitignore and every exclude applied; unchanged files are not linted again.
      if (isWorkspaceFile(path) || !/\.[^\\/]*$/.test(path)) this.start();
      return;
    }
    const text = await this.deps.fs.readFile(path);
    if (text === undefined) return this.fileChanged(path, true);
    const settings = await this.deps.settings.forFile(path, entry.folder.uri);
    if (text.length > settings.maxFileSize) {
      this.entries.delete(path);
      state.deleteDisk(path);
      if (!this.deps.isOpen(path)) publish(this.deps.connection, this.deps.log, this.deps.uris.toUri(path), undefined, []);
    } else {
      state.setDisk(path, text);
    }
    await this.afterChange();
  }

  private async afterChange(): Promise<void> {
    this.checkDependencies();
    await this.lintPass(this.run);
  }

  private checkDependencies(): void {
    const stamp = this.deps.state.dependencyStamp();
    if (this.lastStamp !== undefined && stamp !== this.lastStamp) {
      this.lastStamp = stamp;
      this.deps.dependenciesChanged();
      // Typing in a file others depend on (a NetworkPolicy) changes the stamp on every keystroke:
      // only the latest pass goes on, so passes cannot pile up behind the typing.
      const pass = ++this.dependencyPass;
      void this.lintPass(this.run, undefined, () => pass === this.dependencyPass).catch((error: unknown) => this.deps.log.error(`Re-linting the workspace failed: ${describeError(error)}`));
    }
    this.lastStamp = stamp;
  }

  private async scan(run: number): Promise<void> {
    const { fs, settings, state, folders } = this.deps;
    const progress = this.deps.supportsProgress() ? await this.deps.connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Shipshape', 0, 'Scanning the workspace…', false);
    this.deps.status?.scanProgress(0, 0);
    try {
      const seen = new Set<string>();
      for (const folder of folders.all()) {
        const folderSettings = await settings.forFile(join(folder.path, '.shipshape-scan'), folder.uri);
        const exclude = [...folderSettings.config.exclude, ...(await settings.filesExcludeOf(folder.uri))];
        const paths = await fs.listFiles(folder.path, exclude, MAX_FILES_PER_FOLDER);
        if (run !== this.run) return;
        for (const path of paths) {
          await nextMacrotask();
          if (run !== this.run) return;
          if (seen.has(path)) continue;
          const stat = await fs.stat(path);
          if (!stat) continue;
          const limit = isAuxiliaryFile(path) ? folderSettings.maxFileSize : (await settings.forFile(path, folder.uri)).maxFileSize;
          if (stat.size > limit) continue;
          const text = await fs.readFile(path);
          if (text === undefined || run !== this.run) continue;
          seen.add(path);
          state.setDisk(path, text);
          if (!this.entries.has(path)) this.entries.set(path, { folder, lintedWith: undefined });
        }
      }
      // Gone since the last scan (deleted, excluded, grown too large, or its folder removed).
      for (const [path, entry] of [...this.entries]) {
        if (seen.has(path)) continue;
        this.entries.delete(path);
        state.deleteDisk(path);
        if (entry.lintedWith !== undefined && !this.deps.isOpen(path)) publish(this.deps.connection, this.deps.log, this.deps.uris.toUri(path), undefined, []);
      }
      if (this.lastStamp !== undefined && this.lastStamp !== state.dependencyStamp()) this.deps.dependenciesChanged();
      this.lastStamp = state.dependencyStamp();
      await this.lintPass(run, progress);
    } finally {
      // A newer run reports its own end. Idle is sent before the progress ends, so a client that
      // sees the end of the progress has the final status too.
      if (run === this.run) this.deps.status?.scanEnded();
      progress?.done();
    }
  }

  /** Lints every closed file whose text, settings or workspace dependencies changed since its last lint. */
  private async lintPass(run: number, progress?: { report(percentage: number, message?: string): void }, current: () => boolean = () => true): Promise<void> {
    const status = progress ? this.deps.status : undefined;
    const paths = [...this.entries.keys()];
    let done = 0;
    for (const path of paths) {
      await nextMacrotask();
      if (run !== this.run || !current()) return;
      const entry = this.entries.get(path);
      if (entry) await this.lintOne(path, entry, run);
      done++;
      progress?.report(Math.floor((done / paths.length) * 100), `${done}/${paths.length} files`);
      status?.scanProgress(done, paths.length);
    }
  }

  private async lintOne(path: string, entry: Entry, run: number): Promise<void> {
    const { state, settings, linter } = this.deps;
    if (this.deps.isOpen(path) || isAuxiliaryFile(path)) return;
    const resolved = await settings.forFile(path, entry.folder.uri);
    const text = state.diskText(path);
    if (run !== this.run || text === undefined || this.deps.isOpen(path)) return;
    const uri = this.deps.uris.toUri(path);
    if (resolved.scope === 'openFiles' || !resolved.enable) {
      if (entry.lintedWith !== undefined) publish(this.deps.connection, this.deps.log, uri, undefined, []);
      entry.lintedWith = undefined;
      return;
    }
    const stamp = `${hashText(text)}|${settings.generation}|${state.dependencyStamp()}`;
    if (entry.lintedWith === stamp) return;
    const result = linter.lintText(uri, path, undefined, text, resolved);
    entry.lintedWith = stamp;
    publish(this.deps.connection, this.deps.log, uri, undefined, diagnosticsOf(result));
  }
}
