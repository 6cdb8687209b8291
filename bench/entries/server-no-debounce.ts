// The language server exactly as server/src/server.ts starts it, but with the change debounce at
// 0 ms, so the editing benchmark measures lint + publish rather than the timer. The Node entry has
// no option for this yet (see bench/README.md); keep this in step with server/src/server.ts.
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startLanguageServer } from '../../server/src/language-server.js';
import { NodeFileSystem, nodeUris } from '../../server/src/node-file-system.js';

startLanguageServer(createConnection(ProposedFeatures.all), new NodeFileSystem(), nodeUris, { changeDelayMs: 0 });
