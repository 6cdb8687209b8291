// Resolves the engine config for one file: `.shipshape.yaml` nearest the file (up to its
// workspace folder), then the client's `shipshape` settings for a scope (the document for open
// files, the workspace folder for files scanned from disk, so a scan asks once per folder).
// Everything is cached until settings or a config file change.
import type { Connection } from 'vscode-languageserver';
import { mergeConfig, type Config } from '../../rules/src/index.js';
import type { ConfigFiles } from './config-files.js';
import { readEditorSettings, type EditorSettings, type LintScope } from './editor-settings.js';
import { enabledGlobs } from './exclude-globs.js';
import { describeError, type Logger } from './log.js';
import { dirname } from './paths.js';
import type { WorkspaceFolders } from './workspace-folders.js';

export interface DocumentSettings {
  enable: boolean;
  scope: LintScope;
  maxFileSize: number;
  config: Config;
  /** Directory relative `exclude` globs are matched from. */
  excludeBase: string | undefined;
}

export class SettingsResolver {
  /** Set when the client can answer `workspace/configuration`; otherwise `pushedSettings` is used. */
  supportsConfigurationRequest = false;
  /** Settings pushed by `workspace/didChangeConfiguration`, for clients without the request. */
  pushedSettings: unknown = undefined;

  private readonly editor = new Map<string, Promise<EditorSettings>>();
  private readonly filesExclude = new Map<string, Promise<string[]>>();
  /** Problems already logged, so a bad setting is reported once per change, not once per document. */
  private readonly reported = new Set<string>();
  /** Bumped by every invalidation: lint results remember the generation they were made with. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly folders: WorkspaceFolders,
    private readonly configFiles: ConfigFiles,
    private readonly log: Logger,
  ) {}

  /** Settings for `path` (undefined for URIs without one), with the client's settings for `scopeUri`. */
  async forFile(path: string | undefined, scopeUri: string): Promise<DocumentSettings> {
    const folder = path !== undefined ? this.folders.folderOf(path) : undefined;
    const configPath = path !== undefined ? await this.configFiles.find(dirname(path), folder?.path) : undefined;
    const fileLayer = configPath !== undefined ? await this.configFiles.load(configPath) : undefined;
    if (fileLayer) {
      if (fileLayer.error) this.report(fileLayer.error);
      for (const p of fileLayer.problems) this.report(`${fileLayer.path}: ${p.path}: ${p.message}`);
    }
    const editor = await this.editorSettings(scopeUri);
    return {
      enable: editor.enable,
      scope: editor.scope,
      maxFileSize: editor.maxFileSize,
      config: mergeConfig(fileLayer?.config, editor.config),
      excludeBase: folder?.path ?? (configPath !== undefined ? dirname(configPath) : undefined),
    };
  }

  /** The globs of `files.exclude` for a workspace folder. */
  filesExcludeOf(folderUri: string): Promise<string[]> {
    let pending = this.filesExclude.get(folderUri);
    if (!pending) {
      pending = this.request(folderUri, 'files').then((files) => enabledGlobs((files as { exclude?: unknown } | undefined)?.exclude));
      this.filesExclude.set(folderUri, pending);
    }
    return pending;
  }

  forget(scopeUri: string): void {
    this.editor.delete(scopeUri);
  }

  /** Drops every cached setting and config file (after a settings or config-file change). */
  invalidate(): void {
    this.generation++;
    this.editor.clear();
    this.filesExclude.clear();
    this.configFiles.invalidate();
    this.reported.clear();
  }

  private editorSettings(scopeUri: string): Promise<EditorSettings> {
    let pending = this.editor.get(scopeUri);
    if (!pending) {
      pending = this.readEditor(scopeUri);
      this.editor.set(scopeUri, pending);
    }
    return pending;
  }

  private async readEditor(scopeUri: string): Promise<EditorSettings> {
    const raw = this.supportsConfigurationRequest ? await this.request(scopeUri, 'shipshape') : this.pushedSettings;
    const editor = readEditorSettings(raw);
    for (const p of editor.problems) this.report(`Settings: shipshape.${p.path}: ${p.message}`);
    return editor;
  }

  private async request(scopeUri: string, section: string): Promise<unknown> {
    if (!this.supportsConfigurationRequest) return undefined;
    try {
      return await this.connection.workspace.getConfiguration({ scopeUri, section });
    } catch (error) {
      this.report(`Could not read the ${section} settings: ${describeError(error)}`);
      return undefined;
    }
  }

  private report(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.log.warn(message);
  }
}
