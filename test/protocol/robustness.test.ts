// Bad input never takes the bundled server down, and a burst of edits ends with diagnostics for
// the last version only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { assertServerAnswers, startBundledServer, type LspTestClient } from './harness.js';

/** Deterministic bytes 0–255 (including NUL and invalid UTF-8 once decoded), as the editor would send them. */
function garbage(length: number): string {
  const bytes = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes.toString('latin1');
}

describe('robustness (bundled server)', () => {
  let client: LspTestClient;
  let probe = 0;
  before(async () => {
    client = await startBundledServer();
  });
  after(async () => {
    await client.shutdown();
  });

  /** The server still lints a fresh document and answers a request (harness.ts). */
  const assertAlive = () => assertServerAnswers(client, `file:///work/fixtures/probe-${probe++}/daemon.json`);

  const cases: [name: string, uri: string, languageId: string, text: string][] = [
    ['binary garbage in a Dockerfile', 'file:///work/fixtures/garbage/Dockerfile', 'dockerfile', garbage(64 * 1024)],
    ['malformed YAML', 'file:///work/fixtures/bad/manifest.yaml', 'yaml', 'apiVersion: v1\nkind: Pod\nspec: [a, {b: }\n  - ]: :\n\t"unterminated\n'],
    ['a malformed daemon.json', 'file:///work/fixtures/bad/daemon.json', 'json', '{"icc": tru, "log-driver": \n'],
    ['an empty Dockerfile', 'file:///work/fixtures/empty/Dockerfile', 'dockerfile', ''],
    ['an empty YAML file', 'file:///work/fixtures/empty/deploy.yaml', 'yaml', ''],
  ];
  for (const [name, uri, languageId, text] of cases) {
    it(`survives ${name}`, async () => {
      await client.open(uri, languageId, text);
      const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      assert.ok(Array.isArray(published.diagnostics));
      for (const d of published.diagnostics) assert.equal(d.source, 'shipshape');
      await assertAlive();
    });
  }

  it('reports a malformed daemon.json as daemon/syntax', async () => {
    const ds = await client.diagnosticsForCurrentVersion('file:///work/fixtures/bad/daemon.json');
    assert.ok(
      ds.some((d) => d.code === 'daemon/syntax'),
      JSON.stringify(ds),
    );
  });

  it('reports malformed YAML without crashing the other rules', async () => {
    const ds = await client.diagnosticsForCurrentVersion('file:///work/fixtures/bad/manifest.yaml');
    assert.ok(ds.length > 0, 'a YAML syntax error is a finding');
    assert.equal(ds.filter((d) => d.code === 'shipshape/internal-error').length, 0, JSON.stringify(ds));
  });

  it('answers code actions for a document it does not know and for a closed one', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const foreign: Diagnostic = { range, message: 'x', source: 'shipshape', code: 'dockerfile/add-instead-of-copy', data: { version: 7, index: 99 } };
    assert.deepEqual(await client.codeActions('file:///never/opened/Dockerfile', range, [foreign]), []);
    await client.close('file:///work/fixtures/garbage/Dockerfile');
    const cleared = await client.waitForDiagnostics('file:///work/fixtures/garbage/Dockerfile', (p) => p.diagnostics.length === 0 && p.version === undefined);
    assert.deepEqual(cleared.diagnostics, []);
    assert.deepEqual(await client.codeActions('file:///work/fixtures/garbage/Dockerfile', range, [foreign]), []);
  });

  it('publishes only for the last of rapid successive changes', async () => {
    const uri = 'file:///work/fixtures/burst/daemon.json';
    await client.open(uri, 'json', '{}');
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const edits = 20;
    let last = 1;
    for (let i = 1; i <= edits; i++) {
      // Every other version is broken; the last one is broken at a known place.
      const text = i === edits ? '{\n  "icc": false,\n  "oops"\n}' : i % 2 === 0 ? `{"icc": ${i % 4 === 0}}` : `{"icc": ,`;
      last = await client.replaceText(uri, text);
      // A round trip between edits: faster than the debounce delay, slower than an undebounced lint.
      await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []);
    }
    const final = await client.waitForDiagnostics(uri, (p) => p.version === last);
    const syntax = final.diagnostics.filter((d) => d.code === 'daemon/syntax');
    assert.ok(syntax.length > 0 && syntax.every((d) => d.range.start.line >= 2), `diagnostics describe the last text: ${JSON.stringify(final.diagnostics)}`);

    // One more version proves nothing stale was queued behind the last one.
    const next = await client.replaceText(uri, '{"icc": false}');
    await client.waitForDiagnostics(uri, (p) => p.version === next);
    const versions = client.published.get(uri)!.map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published versions never go back: ${versions}`);
    assert.ok(versions.length < edits / 2, `changes are debounced: published ${versions}`);
  });
});
