// Resolves the engine config for one document: `.shipshape.yaml` nearest the file (up to its
// workspace folder), then the client's `shipshape` settings scoped to the document. Results are
// cached per document until settings or a config file change.
import { dirname } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { findConfigFile, loadConfigFile, type LoadedConfig } from '../../host/src/config-file.js';
import { mergeConfig, type Config } from '../../rules/src/index.js';
import { readEditorSettings } from './editor-settings.js';
import { describeError, type Logger } from './log.js';
import { isFileUri, uriToPath } from './uri.js';
import type { WorkspaceFolders } from './workspace-folders.js';

export interface DocumentSettings {
  enable: boolean;
  config: Config;
  /** Directory relative `exclude` globs are matched from. */
  excludeBase: string | undefined;
}

export class SettingsResolver {
  /** Set when the client can answer `workspace/configuration`; otherwise `pushedSettings` is used. */
  supportsConfigurationRequest = false;
  /** Settings pushed by `workspace/didChangeConfiguration`, for clients without the request. */
  pushedSettings: unknown = undefined;

  private readonly perDocument = new Map<string, Promise<DocumentSettings>>();
  private readonly configFiles = new Map<string, LoadedConfig>();
  /** Problems already logged, so a bad setting is reported once per change, not once per document. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly folders: WorkspaceFolders,
    private readonly log: Logger,
  ) {}

  forDocument(uri: string): Promise<DocumentSettings> {
    let pending = this.perDocument.get(uri);
    if (!pending) {
      pending = this.resolve(uri);
      this.perDocument.set(uri, pending);
      // A failed resolution must not stick: the next lint tries again.
      pending.catch(() => this.perDocument.delete(uri));
    }
    return pending;
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }

  /** Drops every cached setting and config file (after a settings or config-file change). */
  invalidate(): void {
    this.perDocument.clear();
    this.configFiles.clear();
    this.reported.clear();
  }

  private async resolve(uri: string): Promise<DocumentSettings> {
    const path = isFileUri(uri) ? uriToPath(uri) : undefined;
    const folder = path ? this.folders.folderOf(path) : undefined;
    const fileLayer = path ? this.configFileFor(path, folder) : undefined;
    const editor = readEditorSettings(await this.editorSettings(uri));
    for (const p of editor.problems) this.report(`Settings: shipshape.${p.path}: ${p.message}`);
    return {
      enable: editor.enable,
      config: mergeConfig(fileLayer?.config, editor.config),
      excludeBase: folder ?? (fileLayer ? dirname(fileLayer.path) : undefined),
    };
  }

  private async editorSettings(uri: string): Promise<unknown> {
    if (!this.supportsConfigurationRequest) return this.pushedSettings;
    try {
      return await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'shipshape' });
    } catch (error) {
      this.report(`Could not read the shipshape settings: ${describeError(error)}`);
      return undefined;
    }
  }

  private configFileFor(path: string, folder: string | undefined): LoadedConfig | undefined {
    const found = findConfigFile(dirname(path), folder);
    if (!found) return undefined;
    let loaded = this.configFiles.get(found);
    if (!loaded) {
      loaded = loadConfigFile(found);
      this.configFiles.set(found, loaded);
      if (loaded.error) this.report(loaded.error);
      for (const p of loaded.problems) this.report(`${found}: ${p.path}: ${p.message}`);
    }
    return loaded;
  }

  private report(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.log.warn(message);
  }
}
