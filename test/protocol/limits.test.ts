// The engine's limits through the real server: an alias bomb, a 10 MB file, 10,000-deep nesting and
// binary input each get diagnostics (or none), and the server still answers requests afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertServerAnswers, startBundledServer, type LspTestClient } from './harness.js';

const DEPTH = 10_000;

function aliasBomb(levels: number): string {
  let text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: bomb}\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < levels; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  return `${text}spec:\n  containers: *a${levels - 1}\n`;
}

/** Deterministic bytes 0–255, NUL included, as an editor would hand them over. */
function binary(length: number): string {
  return Array.from({ length }, (_, i) => String.fromCharCode((i * 2654435761) >>> 24)).join('');
}

describe('limits (bundled server)', () => {
  let client: LspTestClient;
  let probe = 0;
  before(async () => {
    client = await startBundledServer();
  });
  after(async () => {
    await client.shutdown();
  });

  /** The server still lints a fresh document and answers a request (harness.ts). */
  const assertAnswering = () => assertServerAnswers(client, `file:///work/limits/probe-${probe++}/daemon.json`);

  const cases: [name: string, uri: string, languageId: string, text: string, expected?: string][] = [
    ['an alias bomb', 'file:///work/limits/bomb/pod.yaml', 'yaml', aliasBomb(30)],
    ['a 10 MB manifest', 'file:///work/limits/big/pod.yaml', 'yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: "${'x'.repeat(10_000_000)}"}\n`, 'size limit'],
    [`${DEPTH}-deep YAML`, 'file:///work/limits/deep/pod.yaml', 'yaml', `apiVersion: v1\nkind: Pod\nspec: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`],
    [`${DEPTH}-deep JSON`, 'file:///work/limits/deep/daemon.json', 'json', '['.repeat(DEPTH) + ']'.repeat(DEPTH), 'shipshape/too-complex'],
    ['binary input', 'file:///work/limits/binary/Dockerfile', 'dockerfile', binary(64 * 1024)],
  ];
  for (const [name, uri, languageId, text, expected] of cases) {
    it(`handles ${name} and keeps answering`, async () => {
      await client.open(uri, languageId, text);
      const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      assert.equal(published.diagnostics.filter((d) => d.code === 'shipshape/internal-error').length, 0, JSON.stringify(published.diagnostics));
      // The size note: the engine's shipshape/file-too-large, naming the maxFileSize setting.
      if (expected === 'size limit') {
        assert.deepEqual(published.diagnostics.map((d) => d.code), ['shipshape/file-too-large']);
        assert.match(String(published.diagnostics[0].message), /maxFileSize/);
      } else if (expected) assert.deepEqual(published.diagnostics.map((d) => d.code), [expected]);
      await assertAnswering();
    });
  }
});
