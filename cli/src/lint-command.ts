// `shipshape [paths…]`: walk, lint each file, print findings, and decide the exit status.
import { lint, type Config, type Severity } from '../../rules/src/index.js';
import { readSource } from '../../host/src/read-source.js';
import { walkFiles } from '../../host/src/walk.js';
import { DiskWorkspaceIndex } from '../../host/src/workspace-index.js';
import type { FailOn, LintCommand } from './args.js';
import { palette, useColor } from './colors.js';
import { formatJson } from './format/json.js';
import { SEVERITY_RANK, type FileReport } from './format/report.js';
import { formatSarif } from './format/sarif.js';
import { formatSummary, formatText } from './format/text.js';
import { displayPath, loadRunConfig } from './load-config.js';
import { lintInWorkers, threadCount } from './parallel.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export async function runLint(command: LintCommand, cwd: string): Promise<number> {
  const { config, excludeBase } = loadRunConfig(command.config, command.rules, cwd);
  // Walk everything first: a missing path is a usage error before any output.
  const files = [...walkFiles(command.targets, { base: cwd, exclude: config.exclude, excludeBase, onSkip: skipReporter(command.verbose, cwd) })];
  const threads = threadCount(command.threads, files.length);
  const share = { files, allFiles: files, cwd, config, verbose: command.verbose };
  const { reports, failures } = threads > 1 ? await lintInWorkers(share, threads) : lintFiles(share);
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  process.stdout.write(render(command, reports, cwd));
  if (!command.quiet) {
    process.stderr.write(formatSummary(reports) + '\n');
    if (failures > 0) process.stderr.write(`${failures} ${failures === 1 ? 'file' : 'files'} could not be linted.\n`);
  }
  if (failures > 0) return EXIT_ERROR;
  return reports.some((r) => r.findings.some((f) => failsOn(f.severity, command.failOn))) ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** What one thread lints: `files` of the walked `allFiles` (the workspace every rule sees). */
export interface LintShare {
  files: string[];
  allFiles: string[];
  cwd: string;
  config: Config;
  verbose: boolean;
}

export interface LintOutcome {
  reports: FileReport[];
  failures: number;
}

function skipReporter(verbose: boolean, cwd: string): (path: string, reason: string) => void {
  return (path, reason) => {
    if (verbose) process.stderr.write(`shipshape: skipped ${displayPath(path, cwd)}: ${reason}\n`);
  };
}

/** Lints a share of the files in this thread: the main thread's work, or one worker's. */
export function lintFiles(share: LintShare, workspace = new DiskWorkspaceIndex(share.allFiles, share.cwd)): LintOutcome {
  const skipped = skipReporter(share.verbose, share.cwd);
  const reports: FileReport[] = [];
  let failures = 0;
  for (const path of share.files) {
    const report = lintFile(path, displayPath(path, share.cwd), share.config, workspace, skipped);
    if (report === 'failed') failures++;
    else if (report) reports.push(report);
  }
  return { reports, failures };
}

/** A report, undefined when the file is skipped (binary), or 'failed' after telling the user why. */
function lintFile(path: string, file: string, config: Config, workspace: DiskWorkspaceIndex, skipped: (path: string, reason: string) => void): FileReport | 'failed' | undefined {
  try {
    const source = readSource(path);
    if ('skipped' in source) {
      skipped(path, source.skipped);
      return undefined;
    }
    // Spreading builds any deferred fix now: the reports live until the output is written, and an
    // unbuilt fix would keep the whole parse of its file alive until then (10,000 files' worth).
    const findings = lint(source.text, path, { config, workspace }).map((f) => ({ ...f }));
    findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file, text: source.text, findings };
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    process.stderr.write(`shipshape: ${file}: could not be linted (${reason})\n`);
    return 'failed';
  }
}

function render(command: LintCommand, reports: FileReport[], cwd: string): string {
  switch (command.format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, cwd);
    case 'text':
      return formatText(reports, palette(useColor(process.stdout.isTTY, process.env)));
  }
}

function failsOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
