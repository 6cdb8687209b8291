// The "Shipshape" language status item: workspace finding count, scan progress, the last
// validation, and a link to the output. Shown next to the language mode of the linted documents.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { STATUS_NOTIFICATION, type StatusParams } from './server-api.js';
import { statusView, type StatusModel } from './status-text.js';

const SOURCE = 'shipshape';
/** Diagnostics change on every keystroke in every file; count them at most this often. */
const COUNT_DELAY_MS = 250;

export function registerStatus(context: vscode.ExtensionContext, client: BaseLanguageClient, selector: vscode.DocumentSelector): void {
  const item = vscode.languages.createLanguageStatusItem('shipshape.status', selector);
  item.name = 'Shipshape';
  context.subscriptions.push(item);

  const model: StatusModel = { server: client.isRunning() ? 'running' : 'starting', findings: 0, files: 0 };
  const render = () => {
    const view = statusView(model);
    item.text = view.text;
    item.detail = view.detail;
    item.busy = view.busy;
    item.severity = view.severity === 'error' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    item.command =
      model.server === 'stopped'
        ? { title: 'Restart Server', command: 'shipshape.restartServer' }
        : { title: 'Show Output', command: 'shipshape.showOutput' };
  };

  /** Files that had Shipshape diagnostics at the last count: a change to them is ours even when it clears them. */
  let ours = new Set<string>();
  const count = () => {
    let findings = 0;
    const files = new Set<string>();
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
      const n = diagnostics.filter((d) => d.source === SOURCE).length;
      findings += n;
      if (n > 0) files.add(uri.toString());
    }
    model.findings = findings;
    model.files = files.size;
    ours = files;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed: string[] = [];
  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) changed.push(uri.toString());
      timer ??= setTimeout(() => {
        timer = undefined;
        const touched = changed;
        changed = [];
        const before = ours;
        count();
        // Without a report from the server, the latest Shipshape diagnostics are the latest validation we know of.
        if (model.lastValidation?.durationMs === undefined && touched.some((u) => before.has(u) || ours.has(u))) {
          model.lastValidation = { time: new Date().toLocaleTimeString() };
        }
        render();
      }, COUNT_DELAY_MS);
    }),
    { dispose: () => timer && clearTimeout(timer) },
    client.onDidChangeState((e) => {
      model.server = e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped';
      if (model.server !== 'running') model.scan = undefined;
      render();
    }),
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      model.scan = params.state === 'scanning' ? { done: params.done, total: params.total } : undefined;
      if (params.lastValidation) {
        model.lastValidation = {
          time: new Date().toLocaleTimeString(),
          fileName: baseName(params.lastValidation.uri),
          durationMs: params.lastValidation.durationMs,
        };
      }
      render();
    }),
  );
  count();
  render();
}

function baseName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
