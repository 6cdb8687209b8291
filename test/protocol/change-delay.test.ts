// SHIPSHAPE_CHANGE_DELAY_MS sets dist/server.js's change debounce (the editing benchmark runs it at
// 0): the value is parsed by parseChangeDelay, and the bundled server started with it set, to 0 or
// to garbage, still answers every change.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { ExitNotification, StreamMessageReader, StreamMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import { CHANGE_DELAY_MS, parseChangeDelay } from '../../server/src/document-validator.js';
import { DEFAULT_TIMEOUT_MS, LspTestClient, ensureServerBundle, withTimeout } from './harness.js';

describe('parseChangeDelay', () => {
  it('takes a non-negative integer of milliseconds', () => {
    assert.equal(parseChangeDelay('0'), 0);
    assert.equal(parseChangeDelay('250'), 250);
    assert.equal(parseChangeDelay(' 30 '), 30);
  });

  it('falls back to the default for anything else', () => {
    for (const value of [undefined, '', ' ', '-5', '1.5', '1e3', '0x10', 'soon', 'NaN', 'Infinity', '10ms', '99999999999']) {
      assert.equal(parseChangeDelay(value), CHANGE_DELAY_MS, `value ${JSON.stringify(value)}`);
    }
  });
});

/** dist/server.js over stdio with SHIPSHAPE_CHANGE_DELAY_MS set (harness.spawnBundled takes no environment). */
function spawnWithDelay(value: string): LspTestClient {
  const child = spawn(process.execPath, [ensureServerBundle(), '--stdio'], {
    env: { ...process.env, SHIPSHAPE_CHANGE_DELAY_MS: value },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const client: LspTestClient = new LspTestClient(connection, async () => {
    connection.sendNotification(ExitNotification.type).catch(() => undefined);
    client.exitCode = await withTimeout(exited, DEFAULT_TIMEOUT_MS, `the server process to exit (stderr: ${stderr.join('')})`);
    connection.dispose();
  });
  return client;
}

for (const value of ['0', 'soon']) {
  describe(`dist/server.js with SHIPSHAPE_CHANGE_DELAY_MS=${value}`, () => {
    it('publishes diagnostics for a ranged didChange', async () => {
      const client = spawnWithDelay(value);
      try {
        await client.initialize();
        const uri = `file:///work/fixtures/change-delay-${value}/daemon.json`;
        await client.open(uri, 'json', '{\n  "icc": true\n}\n');
        assert.ok(!(await client.diagnosticsForCurrentVersion(uri)).some((d) => d.code === 'daemon/syntax'));
        // Deletes the closing brace: version 2 is answered, with the syntax error it now has.
        await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: '' }]);
        assert.equal(client.version(uri), 2);
        await client.diagnosticsForCurrentVersion(uri, (ds) => ds.some((d) => d.code === 'daemon/syntax'));
      } finally {
        await client.shutdown();
      }
      assert.equal(client.exitCode, 0);
    });
  });
}
