// Settings through the bundled server: workspace/configuration answers, enable: false, and
// `.shipshape.yaml` files in a workspace folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { fileUri, startBundledServer, type LspTestClient } from './harness.js';

const RULE = 'dockerfile/add-instead-of-copy';
const DOCKERFILE = 'FROM alpine:3.20\nADD app.py /app/\nUSER 10001\n';
const has = (ds: Diagnostic[]) => ds.some((d) => d.code === RULE);

describe('settings from workspace/configuration (bundled server)', () => {
  let client: LspTestClient;
  before(async () => {
    client = await startBundledServer();
  });
  after(async () => {
    await client.shutdown();
  });

  it('turns a rule off, turns everything off with enable: false, and back on', async () => {
    const uri = 'file:///work/fixtures/settings/Dockerfile';
    await client.open(uri, 'dockerfile', DOCKERFILE);
    await client.waitForDiagnostics(uri, (p) => has(p.diagnostics));
    assert.ok(client.configurationRequests.includes(uri), 'settings are requested for the document’s own scope');

    await client.changeSettings({ rules: { [RULE]: 'off' } });
    const off = await client.waitForDiagnostics(uri, (p) => !has(p.diagnostics));
    assert.equal(off.version, 1);

    await client.changeSettings({ enable: false });
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);

    await client.changeSettings({ rules: { [RULE]: 'error' } });
    const back = await client.waitForDiagnostics(uri, (p) => has(p.diagnostics));
    assert.equal(back.diagnostics.find((d) => d.code === RULE)!.severity, 1, 'the configured severity (Error) applies');
  });

  it('ignores invalid settings values instead of failing, and logs them', async () => {
    const uri = 'file:///work/fixtures/settings-invalid/Dockerfile';
    await client.changeSettings({ rules: { 'no/such-rule': 'off', [RULE]: 'loud' }, profile: 42 });
    await client.open(uri, 'dockerfile', DOCKERFILE);
    await client.waitForDiagnostics(uri, (p) => has(p.diagnostics));
    assert.ok(client.logs.some((l) => l.includes('no/such-rule')), `logged: ${client.logs.join('\n')}`);
    await client.changeSettings({});
  });
});

describe('.shipshape.yaml in a workspace folder (bundled server)', () => {
  let client: LspTestClient;
  let root: string;
  let outside: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'shipshape-ws-'));
    outside = mkdtempSync(join(tmpdir(), 'shipshape-outside-'));
    mkdirSync(join(root, 'services', 'api'), { recursive: true });
    writeFileSync(join(root, '.shipshape.yaml'), `rules:\n  ${RULE}: off\n`);
    client = await startBundledServer({ workspaceFolders: [root] });
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('turns the rule off for files below it, not for files elsewhere, and follows its changes', async () => {
    const inside = fileUri(join(root, 'services', 'api', 'Dockerfile'));
    const elsewhere = fileUri(join(outside, 'Dockerfile'));
    await client.open(elsewhere, 'dockerfile', DOCKERFILE);
    await client.open(inside, 'dockerfile', DOCKERFILE);
    await client.waitForDiagnostics(elsewhere, (p) => has(p.diagnostics));
    const quiet = await client.waitForDiagnostics(inside, (p) => p.version === 1);
    assert.equal(has(quiet.diagnostics), false, 'the config file turned the rule off');

    writeFileSync(join(root, '.shipshape.yaml'), `rules:\n  ${RULE}: error\n`);
    await client.configFileChanged(join(root, '.shipshape.yaml'));
    const loud = await client.waitForDiagnostics(inside, (p) => has(p.diagnostics));
    assert.equal(loud.diagnostics.find((d) => d.code === RULE)!.severity, 1);
  });

  it('lets the editor settings override the config file', async () => {
    const uri = fileUri(join(root, 'services', 'Dockerfile'));
    writeFileSync(join(root, '.shipshape.yaml'), `rules:\n  ${RULE}: off\n`);
    await client.configFileChanged(join(root, '.shipshape.yaml'));
    await client.open(uri, 'dockerfile', DOCKERFILE);
    const quiet = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.equal(has(quiet.diagnostics), false);
    await client.changeSettings({ rules: { [RULE]: 'warning' } });
    await client.waitForDiagnostics(uri, (p) => has(p.diagnostics));
  });

  it('applies exclude globs relative to the workspace folder', async () => {
    const uri = fileUri(join(root, 'vendor', 'Dockerfile'));
    await client.changeSettings({ exclude: ['vendor/**'] });
    await client.open(uri, 'dockerfile', DOCKERFILE);
    const excluded = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.deepEqual(excluded.diagnostics, []);
    await client.changeSettings({ rules: { [RULE]: 'warning' } });
    await client.waitForDiagnostics(uri, (p) => has(p.diagnostics));
  });
});
