// The same server setup as dist/server.js, joined to the test client by two in-memory streams:
// fast, and it covers clients that push settings instead of answering workspace/configuration.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { ProposedFeatures, StreamMessageReader, StreamMessageWriter, createConnection } from 'vscode-languageserver/node';
import { startLanguageServer, type LanguageServerOptions } from '../../server/src/language-server.js';
import { NodeFileSystem, nodeUris } from '../../server/src/node-file-system.js';
import { LspTestClient } from './harness.js';

function startInProcess(options: LanguageServerOptions = {}): LspTestClient {
  const clientToServer = new PassThrough();
  const serverToClient = new PassThrough();
  // Readers and writers, not raw streams: with raw streams the library exits the process when they end.
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(clientToServer), new StreamMessageWriter(serverToClient));
  startLanguageServer(server, new NodeFileSystem(), nodeUris, options);
  return LspTestClient.overStreams(new StreamMessageReader(serverToClient), new StreamMessageWriter(clientToServer), () => server.dispose());
}

describe('in-process server over PassThrough streams', () => {
  let client: LspTestClient;
  before(async () => {
    client = startInProcess();
    // No workspace.configuration capability: the server must use the settings pushed with didChangeConfiguration.
    await client.initialize({ configuration: false, processId: null });
  });
  after(async () => {
    await client.shutdown();
  });

  it('publishes, then follows pushed settings', async () => {
    const uri = 'file:///work/fixtures/in-process/daemon.json';
    await client.open(uri, 'json', '{ "icc": true,, }');
    const first = await client.diagnosticsForCurrentVersion(uri, (ds) => ds.some((d) => d.code === 'daemon/syntax'));
    assert.equal(first.find((d) => d.code === 'daemon/syntax')!.severity, DiagnosticSeverity.Error);
    assert.deepEqual(client.configurationRequests, [], 'no workspace/configuration request without the capability');

    await client.changeSettings({ enable: false });
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);

    await client.changeSettings({ rules: { 'daemon/syntax': 'hint' } });
    const hinted = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'daemon/syntax'));
    assert.ok(hinted.diagnostics.filter((d) => d.code === 'daemon/syntax').every((d) => d.severity === DiagnosticSeverity.Hint));
  });

  it('keeps answering after the document is closed', async () => {
    const uri = 'file:///work/fixtures/in-process/daemon.json';
    await client.close(uri);
    await client.waitForDiagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.deepEqual(await client.codeActions(uri, range, []), []);
  });
});

describe('young-generation collection in the debounce pause', () => {
  const uri = 'file:///work/fixtures/in-process/Dockerfile';
  /** Opens a Dockerfile, changes it twice, and counts the collections the server asked for. */
  async function collectionsWhileEditing(changeDelayMs: number): Promise<number> {
    let collections = 0;
    const client = startInProcess({ changeDelayMs, collectYoungGeneration: () => void collections++ });
    try {
      await client.initialize({ configuration: false, processId: null });
      await client.open(uri, 'dockerfile', 'FROM alpine:3.20\n');
      await client.diagnosticsForCurrentVersion(uri);
      const before = collections;
      await client.replaceText(uri, 'FROM alpine:3.20\nUSER root\n');
      await client.diagnosticsForCurrentVersion(uri);
      await client.replaceText(uri, 'FROM alpine:3.21\nUSER root\n');
      await client.diagnosticsForCurrentVersion(uri);
      return collections - before;
    } finally {
      await client.shutdown();
    }
  }

  it('collects once per change that waits out a debounce after a lint', async () => {
    assert.equal(await collectionsWhileEditing(30), 2);
  });

  it('does not collect when changes are linted at once (no pause to fill)', async () => {
    assert.equal(await collectionsWhileEditing(0), 0);
  });
});
