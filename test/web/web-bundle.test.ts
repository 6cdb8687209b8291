// The web build as vscode.dev runs it: scripts/build-web.mjs bundles the language server for
// platform "browser" (the build fails on any Node built-in), headless Chromium starts that bundle
// as a Web Worker, and a small LSP client in the page (page/lsp-page.js) lints a Dockerfile and a
// Kubernetes Deployment through it. Workspace files (.shipshape.yaml) reach the Worker only
// through the shipshape/readFile and shipshape/statFile requests the page answers.
//
// Needs Debian's Chromium at /usr/bin/chromium (or SHIPSHAPE_CHROMIUM): `apt-get install -y chromium`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { REPO } from '../paths.js';

const CHROMIUM = process.env.SHIPSHAPE_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const FOLDER = { uri: 'vscode-vfs://github/shipshape/demo', name: 'demo' };
const DOCKERFILE_URI = `${FOLDER.uri}/Dockerfile`;
const DEPLOYMENT_URI = `${FOLDER.uri}/k8s/deployment.yaml`;
const CONFIG_URI = `${FOLDER.uri}/.shipshape.yaml`;

const DOCKERFILE = 'FROM python:3.12-slim\nADD app.py /app/\nUSER app\n';
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          securityContext:
            privileged: true
`;
/** Served to the Worker through the client: switches off a rule the Dockerfile would break. */
const CONFIG = 'rules:\n  dockerfile/missing-healthcheck: off\n';

interface Position {
  line: number;
  character: number;
}
interface Diagnostic {
  range: { start: Position; end: Position };
  code?: string | number;
  source?: string;
  message: string;
}
interface SessionResult {
  initializeResult: { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
  diagnostics: Record<string, Diagnostic[]>;
  serverRequests: { method: string; params: unknown }[];
  logs: { type: number; message: string }[];
  shutdownResult: unknown;
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

/** Serves the test page and the built bundles from 127.0.0.1 on a free port. */
async function serve(routes: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = routes[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function byCode(diagnostics: Diagnostic[] | undefined, code: string): Diagnostic[] {
  return (diagnostics ?? []).filter((d) => d.code === code);
}

describe('web bundle in headless Chromium', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'shipshape-web-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  let session: SessionResult;
  const pageErrors: string[] = [];

  before(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed at ${CHROMIUM}; the web bundle test needs it. Install it with: apt-get install -y chromium (or set SHIPSHAPE_CHROMIUM to a Chromium binary).`);
    }
    const built = spawnSync(process.execPath, ['scripts/build-web.mjs', '--outdir', outdir], { cwd: REPO, encoding: 'utf8' });
    assert.equal(built.status, 0, `scripts/build-web.mjs failed:\n${built.stdout}${built.stderr}`);

    const pageDir = join(REPO, 'test', 'web', 'page');
    const served = await serve({
      '/': join(pageDir, 'index.html'),
      '/lsp-page.js': join(pageDir, 'lsp-page.js'),
      '/web/server.js': join(outdir, 'server.js'),
      '/web/server.js.map': join(outdir, 'server.js.map'),
    });
    server = served.server;

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${served.origin}/`);
    const scenario = {
      serverUrl: `${served.origin}/web/server.js`,
      folder: FOLDER,
      documents: [
        { uri: DOCKERFILE_URI, languageId: 'dockerfile', text: DOCKERFILE },
        { uri: DEPLOYMENT_URI, languageId: 'yaml', text: DEPLOYMENT },
      ],
      files: { [CONFIG_URI]: CONFIG },
    };
    session = (await page.evaluate(
      (s) => (globalThis as unknown as { runShipshapeSession(s: unknown): Promise<unknown> }).runShipshapeSession(s),
      scenario,
    )) as SessionResult;
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    rmSync(outdir, { recursive: true, force: true });
  });

  it('builds both web bundles', () => {
    assert.ok(existsSync(join(outdir, 'extension.js')), 'dist/web/extension.js missing');
    assert.ok(existsSync(join(outdir, 'server.js')), 'dist/web/server.js missing');
  });

  it('starts in a Worker and answers initialize', () => {
    assert.equal(session.initializeResult.serverInfo?.name, 'shipshape');
    assert.ok(session.initializeResult.capabilities.codeActionProvider, 'no code actions advertised');
    assert.deepEqual(pageErrors, []);
  });

  it('publishes add-instead-of-copy at the ADD keyword of the Dockerfile', () => {
    const found = byCode(session.diagnostics[DOCKERFILE_URI], 'dockerfile/add-instead-of-copy');
    assert.equal(found.length, 1, JSON.stringify(session.diagnostics[DOCKERFILE_URI], null, 1));
    assert.deepEqual(found[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
    assert.equal(found[0].source, 'shipshape');
  });

  it('publishes privileged-container at `privileged: true` of the Deployment', () => {
    const found = byCode(session.diagnostics[DEPLOYMENT_URI], 'k8s/privileged-container');
    assert.equal(found.length, 1, JSON.stringify(session.diagnostics[DEPLOYMENT_URI], null, 1));
    assert.deepEqual(found[0].range, { start: { line: 15, character: 12 }, end: { line: 15, character: 28 } });
    assert.match(found[0].message, /Container "web" runs privileged/);
  });

  it('reads .shipshape.yaml through the client and applies it', () => {
    const asked = session.serverRequests.filter((r) => (r.params as { uri?: string } | null)?.uri === CONFIG_URI).map((r) => r.method);
    assert.ok(asked.includes('shipshape/readFile'), `the server never asked for ${CONFIG_URI}; it asked: ${JSON.stringify(session.serverRequests.map((r) => [r.method, r.params]))}`);
    assert.deepEqual(byCode(session.diagnostics[DOCKERFILE_URI], 'dockerfile/missing-healthcheck'), [], 'the config file turns this rule off');
  });

  it('logs no error and shuts down cleanly', () => {
    assert.deepEqual(session.logs.filter((l) => l.type === 1), []);
    assert.equal(session.shutdownResult, null);
  });
});
