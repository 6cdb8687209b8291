// Runs in the test page (web-bundle.test.ts): starts the web build's language server as a Worker
// and plays the client's part of the LSP over postMessage, with nothing but the browser: JSON-RPC
// messages are plain objects posted to and from the Worker, which is what vscode-languageclient's
// browser transport does in vscode.dev.
//
// `runShipshapeSession(scenario)` opens the scenario's documents, answers the server's requests
// (settings: {}; workspace files from `scenario.files`, else "not there"), waits until every
// document has had diagnostics published, shuts the server down and resolves with what was seen.
'use strict';

window.runShipshapeSession = function runShipshapeSession(scenario) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(scenario.serverUrl);
    const pending = new Map();
    const seen = { diagnostics: {}, serverRequests: [], logs: [], initializeResult: undefined, shutdownResult: undefined };
    let nextId = 1;
    let openedAll = false;

    const post = (message) => worker.postMessage({ jsonrpc: '2.0', ...message });
    const notify = (method, params) => post({ method, params });
    const request = (method, params) =>
      new Promise((done, fail) => {
        const id = nextId++;
        pending.set(id, { done, fail, method });
        post({ id, method, params });
      });

    // The server's requests to the client, answered as VS Code with an empty workspace would.
    const answers = {
      'workspace/configuration': (params) => params.items.map(() => ({})),
      'client/registerCapability': () => null,
      'window/workDoneProgress/create': () => null,
      'shipshape/readFile': (params) => (params.uri in scenario.files ? scenario.files[params.uri] : null),
      'shipshape/statFile': (params) => (params.uri in scenario.files ? { size: scenario.files[params.uri].length } : null),
      'shipshape/listFiles': () => [],
    };

    const finish = async () => {
      try {
        seen.shutdownResult = await request('shutdown', null);
        notify('exit', null);
        worker.terminate();
        resolve(seen);
      } catch (error) {
        reject(error);
      }
    };

    const allPublished = () => scenario.documents.every((d) => d.uri in seen.diagnostics);

    worker.onerror = (event) => reject(new Error(`The server Worker failed: ${event.message}`));
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.method === undefined) {
        // A response to one of our requests.
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (!waiting) return;
        if (message.error) waiting.fail(new Error(`${waiting.method} failed: ${JSON.stringify(message.error)}`));
        else waiting.done(message.result);
        return;
      }
      if (message.id !== undefined) {
        seen.serverRequests.push({ method: message.method, params: message.params });
        const answer = answers[message.method];
        if (answer) post({ id: message.id, result: answer(message.params) });
        else post({ id: message.id, error: { code: -32601, message: `Unhandled method ${message.method}` } });
        return;
      }
      if (message.method === 'window/logMessage') seen.logs.push(message.params);
      if (message.method === 'textDocument/publishDiagnostics') {
        seen.diagnostics[message.params.uri] = message.params.diagnostics;
        if (openedAll && allPublished()) {
          openedAll = false; // finish once
          void finish();
        }
      }
    };

    (async () => {
      seen.initializeResult = await request('initialize', {
        processId: null,
        clientInfo: { name: 'shipshape-web-test' },
        rootUri: scenario.folder.uri,
        workspaceFolders: [scenario.folder],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
          textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true } },
        },
      });
      notify('initialized', {});
      for (const d of scenario.documents) {
        notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: d.languageId, version: 1, text: d.text } });
      }
      openedAll = true;
      if (allPublished()) {
        openedAll = false;
        await finish();
      }
    })().catch(reject);
  });
};
