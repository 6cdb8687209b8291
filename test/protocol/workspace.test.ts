// Whole-workspace Problems through the bundled server: files never opened are linted from disk
// (node_modules, .gitignored and files.exclude'd files are not), progress is reported, file watcher
// events update the findings, open documents win over the disk, and `.shipshape.yaml` is checked
// and hot-reloaded.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspTestClient, fileUri } from './harness.js';

const ADD = 'dockerfile/add-instead-of-copy';
const CONTEXT = 'dockerfile/copy-context-without-dockerignore';
const NETWORK = 'k8s/missing-network-policy';
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d: Diagnostic) => String(d.code));
const fromDisk = (p: PublishDiagnosticsParams) => p.version === undefined || p.version === null;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: nginx:1.27
`;
const NETWORK_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`;

function write(root: string, rel: string, text: string): string {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe('whole-workspace diagnostics (bundled server)', () => {
  let client: LspTestClient;
  let root: string;
  let dockerfile: string;
  let deployment: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'shipshape-scan-'));
    dockerfile = write(root, 'app/Dockerfile', 'FROM alpine:3.20\nADD app.py /app/\nCOPY . .\nUSER 10001\n');
    deployment = write(root, 'k8s/deploy.yaml', DEPLOYMENT);
    write(root, 'node_modules/pkg/Dockerfile', 'FROM alpine:3.20\nADD x /x\n');
    write(root, '.gitignore', 'ignored/\n');
    write(root, 'ignored/Dockerfile', 'FROM alpine:3.20\nADD x /x\n');
    write(root, 'generated/Dockerfile', 'FROM alpine:3.20\nADD x /x\n');
    client = LspTestClient.spawnBundled();
    // VS Code's files.exclude, with a disabled entry that must not exclude anything.
    client.filesSettings = () => ({ exclude: { '**/generated': true, '**/.git': true, '**/app': false } });
    await client.initialize({ workspaceFolders: [root] });
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  it('publishes findings of files never opened, with progress, and skips node_modules, .gitignored and files.exclude files', async () => {
    const progress = await client.waitForProgressEnd();
    assert.equal((progress[0] as { kind: string }).kind, 'begin');
    const docker = await client.waitForDiagnostics(fileUri(dockerfile), (p) => fromDisk(p) && codes(p).includes(ADD));
    assert.ok(codes(docker).includes(CONTEXT), 'no .dockerignore yet');
    const deploy = await client.waitForDiagnostics(fileUri(deployment), (p) => fromDisk(p) && codes(p).includes(NETWORK));
    assert.ok(deploy.diagnostics.every((d) => d.source === 'shipshape'));
    for (const rel of ['node_modules/pkg/Dockerfile', 'ignored/Dockerfile', 'generated/Dockerfile']) {
      assert.equal(client.published.has(fileUri(join(root, rel))), false, `${rel} is not reported`);
    }
    assert.ok(client.configurationRequests.includes(fileUri(root)), 'settings are asked once per folder');
    const states = client.statuses.map((s) => (s as { state: string }).state);
    assert.ok(states.includes('scanning'), `status while scanning: ${states}`);
    assert.equal(states.at(-1), 'idle');
  });

  it('answers the rule catalog request and re-publishes everything on shipshape.scanWorkspace', async () => {
    const rules = (await client.connection.sendRequest('shipshape/rules', {})) as { id: string; title: string }[];
    assert.ok(rules.some((r) => r.id === ADD && r.title.length > 0));
    const uri = fileUri(deployment);
    const before = client.published.get(uri)!.length;
    await client.executeCommand('shipshape.scanWorkspace', []);
    await client.waitForDiagnostics(uri, (p) => fromDisk(p) && client.published.get(uri)!.length > before && codes(p).includes(NETWORK));
  });

  it('follows created, changed and deleted files, and workspace rules follow their neighbours', async () => {
    const dockerUri = fileUri(dockerfile);
    write(root, 'app/.dockerignore', '.git\n.env\n');
    await client.filesChanged([{ path: join(root, 'app/.dockerignore'), type: 'created' }]);
    await client.waitForDiagnostics(dockerUri, (p) => fromDisk(p) && codes(p).includes(ADD) && !codes(p).includes(CONTEXT));

    write(root, 'k8s/netpol.yaml', NETWORK_POLICY);
    await client.filesChanged([{ path: join(root, 'k8s/netpol.yaml'), type: 'created' }]);
    await client.waitForDiagnostics(fileUri(deployment), (p) => fromDisk(p) && !codes(p).includes(NETWORK));

    writeFileSync(dockerfile, 'FROM alpine:3.20\nCOPY app.py /app/\nCOPY . .\nUSER 10001\n');
    await client.filesChanged([{ path: dockerfile, type: 'changed' }]);
    await client.waitForDiagnostics(dockerUri, (p) => fromDisk(p) && !codes(p).includes(ADD));

    const extra = write(root, 'extra/Dockerfile', 'FROM alpine:3.20\nADD x /x\n');
    await client.filesChanged([{ path: extra, type: 'created' }]);
    await client.waitForDiagnostics(fileUri(extra), (p) => codes(p).includes(ADD));
    rmSync(extra);
    await client.filesChanged([{ path: extra, type: 'deleted' }]);
    await client.waitForDiagnostics(fileUri(extra), (p) => p.diagnostics.length === 0);

    rmSync(join(root, 'k8s/netpol.yaml'));
    await client.filesChanged([{ path: join(root, 'k8s/netpol.yaml'), type: 'deleted' }]);
    await client.waitForDiagnostics(fileUri(deployment), (p) => fromDisk(p) && codes(p).includes(NETWORK));
  });

  it('lets an open document win over the disk, and falls back to the disk findings on close', async () => {
    const uri = fileUri(dockerfile);
    writeFileSync(dockerfile, 'FROM alpine:3.20\nADD app.py /app/\nCOPY . .\nUSER 10001\n');
    await client.filesChanged([{ path: dockerfile, type: 'changed' }]);
    await client.waitForDiagnostics(uri, (p) => fromDisk(p) && codes(p).includes(ADD));

    await client.open(uri, 'dockerfile', 'FROM alpine:3.20\nCOPY app.py /app/\nUSER 10001\n');
    await client.waitForDiagnostics(uri, (p) => p.version === 1 && !codes(p).includes(ADD));
    // The disk changes while the document is open: the editor's text still decides.
    writeFileSync(dockerfile, 'FROM alpine:3.20\nADD other.py /app/\nUSER 10001\n');
    await client.filesChanged([{ path: dockerfile, type: 'changed' }]);
    const marker = write(root, 'marker/Dockerfile', 'FROM alpine:3.20\nADD m /m\n');
    await client.filesChanged([{ path: marker, type: 'created' }]);
    await client.waitForDiagnostics(fileUri(marker), (p) => codes(p).includes(ADD));
    assert.equal(client.published.get(uri)!.at(-1)!.version, 1, 'nothing from the disk replaced the open document’s diagnostics');

    await client.close(uri);
    const back = await client.waitForDiagnostics(uri, (p) => fromDisk(p) && codes(p).includes(ADD));
    assert.equal(back.diagnostics.find((d) => d.code === ADD)!.range.start.line, 1);
  });

  it('with scope openFiles reports open documents only', async () => {
    const uri = fileUri(deployment);
    await client.changeSettings({ scope: 'openFiles' });
    await client.waitForDiagnostics(uri, (p) => fromDisk(p) && p.diagnostics.length === 0);
    await client.open(uri, 'yaml', DEPLOYMENT);
    await client.waitForDiagnostics(uri, (p) => p.version === 1 && codes(p).includes(NETWORK));
    await client.close(uri);
    await client.waitForDiagnostics(uri, (p) => fromDisk(p) && p.diagnostics.length === 0);
    await client.changeSettings({});
    await client.waitForDiagnostics(uri, (p) => fromDisk(p) && codes(p).includes(NETWORK));
  });

  it('skips files over shipshape.maxFileSize, with a note only when such a file is open', async () => {
    const uri = fileUri(dockerfile);
    await client.changeSettings({ maxFileSize: 20 });
    await client.waitForDiagnostics(uri, (p) => fromDisk(p) && p.diagnostics.length === 0);
    const text = 'FROM alpine:3.20\nADD app.py /app/\n';
    await client.open(uri, 'dockerfile', text);
    const open = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    assert.equal(open.diagnostics.length, 1);
    assert.equal(open.diagnostics[0].severity, 3, 'information');
    assert.equal(open.diagnostics[0].code, 'shipshape/file-too-large');
    assert.match(String(open.diagnostics[0].message), /more than the 20 bytes limit/);
    await client.close(uri);
    await client.changeSettings({});
    await client.waitForDiagnostics(uri, (p) => fromDisk(p) && codes(p).includes(ADD));
  });

  it('reports problems of .shipshape.yaml at their nodes and hot-reloads it', async () => {
    const config = join(root, '.shipshape.yaml');
    writeFileSync(config, `rules:\n  no/such-rule: off\n  ${ADD}: loud\nprofil: baseline\n`);
    await client.filesChanged([{ path: config, type: 'created' }]);
    const problems = await client.waitForDiagnostics(fileUri(config), (p) => p.diagnostics.length === 3);
    const byLine = [...problems.diagnostics].sort((a, b) => a.range.start.line - b.range.start.line);
    assert.deepEqual(
      byLine.map((d) => [d.range, d.source]),
      [
        [{ start: { line: 1, character: 2 }, end: { line: 1, character: 14 } }, 'shipshape'],
        [{ start: { line: 2, character: 34 }, end: { line: 2, character: 38 } }, 'shipshape'],
        [{ start: { line: 3, character: 0 }, end: { line: 3, character: 6 } }, 'shipshape'],
      ],
    );
    assert.match(String(byLine[0].message), /Unknown rule id "no\/such-rule"/);
    assert.match(String(byLine[2].message), /Unknown setting "profil"/);

    writeFileSync(config, `rules:\n  ${ADD}: off\n`);
    await client.filesChanged([{ path: config, type: 'changed' }]);
    await client.waitForDiagnostics(fileUri(config), (p) => p.diagnostics.length === 0);
    await client.waitForDiagnostics(fileUri(dockerfile), (p) => fromDisk(p) && !codes(p).includes(ADD) && codes(p).length > 0);

    // Edited in the editor: applies before it is saved, and a syntax error is shown at its place.
    const configUri = fileUri(config);
    await client.open(configUri, 'yaml', `rules:\n  ${ADD}: off\n`);
    await client.replaceText(configUri, `rules:\n  ${ADD}: warning\n`);
    await client.waitForDiagnostics(fileUri(dockerfile), (p) => fromDisk(p) && codes(p).includes(ADD));
    const version = await client.replaceText(configUri, 'rules: [\n');
    const syntax = await client.waitForDiagnostics(configUri, (p) => p.version === version && p.diagnostics.length > 0);
    assert.match(String(syntax.diagnostics[0].message), /YAML syntax error/);
    await client.close(configUri);
    rmSync(config);
    await client.filesChanged([{ path: config, type: 'deleted' }]);
    await client.waitForDiagnostics(configUri, (p) => p.diagnostics.length === 0);
  });
});

describe('multi-root workspace (bundled server)', () => {
  let client: LspTestClient;
  let first: string;
  let second: string;
  before(async () => {
    first = mkdtempSync(join(tmpdir(), 'shipshape-root-a-'));
    second = mkdtempSync(join(tmpdir(), 'shipshape-root-b-'));
    write(first, '.shipshape.yaml', `rules:\n  ${ADD}: off\n`);
    write(first, 'Dockerfile', 'FROM alpine:3.20\nADD app.py /app/\nUSER 10001\n');
    write(second, 'Dockerfile', 'FROM alpine:3.20\nADD app.py /app/\nUSER 10001\n');
    client = LspTestClient.spawnBundled();
    await client.initialize({ workspaceFolders: [first, second] });
  });
  after(async () => {
    await client.shutdown();
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });

  it('scans every folder with its own .shipshape.yaml', async () => {
    await client.waitForProgressEnd();
    const b = await client.waitForDiagnostics(fileUri(join(second, 'Dockerfile')), (p) => fromDisk(p) && codes(p).includes(ADD));
    const a = await client.waitForDiagnostics(fileUri(join(first, 'Dockerfile')), fromDisk);
    assert.equal(codes(a).includes(ADD), false, `the first folder's config turns the rule off: ${codes(a)}`);
    assert.ok(codes(a).length > 0 && codes(b).length > codes(a).length);
    assert.deepEqual(client.published.get(fileUri(join(first, '.shipshape.yaml')))!.at(-1)!.diagnostics, []);
  });
});
