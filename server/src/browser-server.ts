// Entry point of the web build's language server (dist/web/server.js), run by the browser client
// as a Web Worker: LSP messages arrive and leave by postMessage, and workspace files are read by
// asking the client (ClientFileSystem), since a Worker has no disk. Paths are the URIs themselves
// (startLanguageServer's default mapping).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { ClientFileSystem } from './client-file-system.js';
import { startLanguageServer } from './language-server.js';
import { consoleLogger, describeError } from './log.js';

/** The Worker's global scope; declared here because the project compiles without the DOM library. */
interface WorkerScope {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: { error?: unknown; reason?: unknown; message?: string; preventDefault(): void }) => void): void;
}
declare const self: WorkerScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));

// Last line of defence, as in server.ts: a bug anywhere is logged and the Worker keeps answering.
self.addEventListener('error', (event) => {
  event.preventDefault();
  connection.console.error(`Uncaught exception: ${describeError(event.error ?? event.message)}`);
});
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  connection.console.error(`Unhandled rejection: ${describeError(event.reason)}`);
});

startLanguageServer(connection, new ClientFileSystem(connection, consoleLogger(connection.console)));
