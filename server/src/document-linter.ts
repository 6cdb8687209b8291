// Runs the engine on one file with that file's settings and the workspace snapshot. Never throws:
// a failure is logged and yields no findings, so one bad file cannot stop the others.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type Finding } from '../../rules/src/index.js';
import { configDiagnostics, isConfigFile } from './config-files.js';
import { isExcludedPath } from './exclude-globs.js';
import { describeError, type Logger } from './log.js';
import { dirname } from './paths.js';
import type { DocumentSettings, SettingsResolver } from './settings.js';
import { uriPathOf, type UriMapper } from './uri.js';
import type { WorkspaceState } from './workspace-state.js';

/** What was linted: the findings' offsets and ranges refer to exactly this version's text. */
export interface LintResult {
  uri: string;
  /** The document version; undefined for a file read from disk. */
  version: number | undefined;
  text: string;
  findings: Finding[];
  /** Diagnostics that are no finding: a file too large to lint, a config file's problems. */
  notes: Diagnostic[];
}

export class DocumentLinter {
  constructor(
    private readonly settings: SettingsResolver,
    private readonly state: WorkspaceState,
    private readonly uris: UriMapper,
    private readonly log: Logger,
  ) {}

  /** Lints an open document; its text also becomes the workspace's view of that file. */
  async lintDocument(document: TextDocument): Promise<LintResult> {
    const uri = document.uri;
    const path = this.uris.toPath(uri);
    let settings: DocumentSettings;
    try {
      settings = await this.settings.forFile(path, uri);
    } catch (error) {
      this.log.error(`Could not resolve the settings of ${uri}: ${describeError(error)}`);
      return { uri, version: document.version, text: document.getText(), findings: [], notes: [] };
    }
    // Read version and text together after the await: the document object is updated in place
    // by later changes, and the findings must describe the text they were computed from.
    const version = document.version;
    const text = document.getText();
    if (path !== undefined) this.state.setOpen(path, text);
    return this.lintText(uri, path ?? uriPathOf(uri), version, text, settings, document.languageId);
  }

  lintText(uri: string, path: string, version: number | undefined, text: string, settings: DocumentSettings, languageId?: string): LintResult {
    const result: LintResult = { uri, version, text, findings: [], notes: [] };
    if (!settings.enable) return result;
    try {
      if (isConfigFile(path)) {
        result.notes = configDiagnostics(text);
        return result;
      }
      if (isExcludedPath(path, settings.config.exclude, settings.excludeBase ?? dirname(path))) return result;
      // The engine enforces the size limit, so the note is shipshape/file-too-large as in the CLI.
      const config = { ...settings.config, maxFileSize: settings.maxFileSize };
      result.findings = lint(text, path, { config, languageId, workspace: this.state.snapshot() });
    } catch (error) {
      this.log.error(`Linting ${uri} failed: ${describeError(error)}`);
    }
    return result;
  }
}
