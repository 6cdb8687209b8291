// Entry point of the bundled language server (dist/server.js): `--stdio`, `--node-ipc` or `--socket=N`.
// SHIPSHAPE_CHANGE_DELAY_MS sets the change debounce (e.g. 0 for benchmarks and tests).
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { parseChangeDelay } from './document-validator.js';
import { startLanguageServer } from './language-server.js';
import { describeError } from './log.js';
import { NodeFileSystem, nodeUris } from './node-file-system.js';
import { youngCollector } from './young-collector.js';

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: a bug anywhere is logged, and the server keeps answering.
process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${describeError(reason)}`));

startLanguageServer(connection, new NodeFileSystem(), nodeUris, {
  changeDelayMs: parseChangeDelay(process.env.SHIPSHAPE_CHANGE_DELAY_MS),
  collectYoungGeneration: youngCollector(),
});
