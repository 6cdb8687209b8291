// What happens when the language server dies: restart it a bounded number of times and tell the
// user once, instead of the client's default message on every crash.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient';
import { RestartPolicy } from './restart-policy.js';

export function crashHandler(output: vscode.LogOutputChannel, policy: RestartPolicy): ErrorHandler {
  return {
    // Errors on the connection (a bad message, a broken pipe) are logged; `closed` decides on restarts.
    error(error, _message, count) {
      output.error(`Connection to the Shipshape server failed (${count ?? 1}×): ${error.message}`);
      return { action: ErrorAction.Continue, handled: true };
    },
    closed() {
      const decision = policy.onClosed();
      if (decision.notify === 'crashed') {
        output.error('The Shipshape server stopped unexpectedly; restarting it.');
        void tell('info', 'The Shipshape server stopped unexpectedly and was restarted.');
      } else if (decision.notify === 'gaveUp') {
        output.error('The Shipshape server keeps stopping; it will not be restarted automatically.');
        void tell('error', 'The Shipshape server keeps stopping and was not restarted. Run "Shipshape: Restart Server" to try again.');
      } else {
        output.warn('The Shipshape server stopped again; restarting it.');
      }
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };
}

async function tell(level: 'info' | 'error', message: string): Promise<void> {
  const answer =
    level === 'info'
      ? await vscode.window.showInformationMessage(message, 'Show Output')
      : await vscode.window.showErrorMessage(message, 'Show Output');
  if (answer === 'Show Output') await vscode.commands.executeCommand('shipshape.showOutput');
}
