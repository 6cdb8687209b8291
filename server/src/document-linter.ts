// Runs the engine on one open document with that document's settings. Never throws: a failure is
// logged and yields no findings, so one bad file cannot stop the others.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type Finding } from '../../rules/src/index.js';
import { dirname } from 'node:path';
import { isExcludedFile } from '../../host/src/exclude.js';
import { describeError, type Logger } from './log.js';
import type { SettingsResolver } from './settings.js';
import { uriToPath } from './uri.js';

/** What was linted: the findings' offsets and ranges refer to exactly this version's text. */
export interface LintResult {
  uri: string;
  version: number;
  text: string;
  findings: Finding[];
}

export class DocumentLinter {
  constructor(
    private readonly settings: SettingsResolver,
    private readonly log: Logger,
  ) {}

  async lint(document: TextDocument): Promise<LintResult> {
    const uri = document.uri;
    let settings;
    try {
      settings = await this.settings.forDocument(uri);
    } catch (error) {
      this.log.error(`Could not resolve the settings of ${uri}: ${describeError(error)}`);
      return { uri, version: document.version, text: document.getText(), findings: [] };
    }
    // Read version and text together after the await: the document object is updated in place
    // by later changes, and the findings must describe the text they were computed from.
    const version = document.version;
    const text = document.getText();
    if (!settings.enable) return { uri, version, text, findings: [] };
    const path = uriToPath(uri);
    try {
      if (isExcludedFile(path, settings.config.exclude, settings.excludeBase ?? dirname(path))) return { uri, version, text, findings: [] };
      const findings = lint(text, path, { config: settings.config, languageId: document.languageId });
      return { uri, version, text, findings };
    } catch (error) {
      this.log.error(`Linting ${uri} failed: ${describeError(error)}`);
      return { uri, version, text, findings: [] };
    }
  }
}
