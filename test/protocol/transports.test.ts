// The bundled server speaks LSP over --node-ipc (how the VS Code client starts it) as well as
// --stdio, and exits cleanly after shutdown and exit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './harness.js';

for (const transport of ['stdio', 'node-ipc'] as const) {
  describe(`bundled server over ${transport}`, () => {
    it('initializes, publishes diagnostics and exits with code 0', async () => {
      const client = LspTestClient.spawnBundled(transport);
      try {
        const { capabilities } = await client.initialize();
        assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
        assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.shipshape'], resolveProvider: false });
        assert.deepEqual(capabilities.executeCommandProvider, { commands: ['shipshape.fixAll', 'shipshape.scanWorkspace'] });
        const uri = `file:///work/fixtures/${transport}/daemon.json`;
        await client.open(uri, 'json', '{"icc": true');
        const ds = await client.diagnosticsForCurrentVersion(uri, (x) => x.some((d) => d.code === 'daemon/syntax'));
        assert.ok(ds.every((d) => d.source === 'shipshape'));
      } finally {
        await client.shutdown();
      }
      assert.equal(client.exitCode, 0);
    });
  });
}
