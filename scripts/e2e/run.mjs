#!/usr/bin/env node
// End-to-end tests in a real VS Code: builds shipshape.vsix, installs it into code-server (set up
// by scripts/e2e/setup.sh), opens a copy of test/e2e/fixtures/workspace in headless Chromium and
// runs the scenarios of test/e2e/scenarios. Prints "N passed, N failed"; exits 1 on any failure.
//
//   node scripts/e2e/run.mjs [--no-package] [--update-screenshots] [name-substring…]
//
// Screenshots go to test-results/e2e/; with --update-screenshots the ones the README shows are
// also copied to docs/screenshots/ (so a test run never changes tracked files).
import { spawn, spawnSync } from 'node:child_process';
import { cp, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIOS } from '../../test/e2e/scenarios/index.mjs';
import { closeAllEditors, waitFor, waitForWorkbench } from '../../test/e2e/lib/workbench.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION ?? '4.96.4';
const CACHE = join(ROOT, '.cache/e2e', `code-server-${CODE_SERVER_VERSION}`);
const CODE_SERVER = join(CACHE, 'node_modules/code-server/out/node/entry.js');
const RESULTS = join(ROOT, 'test-results/e2e');
const DOCS_SCREENSHOTS = join(ROOT, 'docs/screenshots');
const UPDATE_SCREENSHOTS = process.argv.includes('--update-screenshots');
const FIXTURE = join(ROOT, 'test/e2e/fixtures/workspace');
const VSIX = join(ROOT, 'shipshape.vsix');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** User settings per profile: trusted runs skip the trust prompt; the restricted one keeps it. */
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.codeActionsOnSave': { 'source.fixAll.shipshape': 'explicit' },
};
const PROFILES = {
  trusted: { ...BASE_SETTINGS, 'security.workspace.trust.enabled': false },
  restricted: { ...BASE_SETTINGS, 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'always' },
};

function log(message) {
  console.log(`[e2e] ${message}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function codeServerArgs(dirs) {
  return ['--disable-telemetry', '--disable-update-check', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

/** Starts code-server for `folder`; resolves once its health endpoint answers. */
async function startCodeServer(dirs, folder, logFile) {
  const port = await freePort();
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, ...codeServerArgs(dirs), folder], {
    stdio: ['ignore', out, out],
    detached: true, // its own process group, so stopping it also stops its extension host and our server
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`code-server on port ${port} (log: ${logFile})`, async () => {
    if (exited) throw new Error(`code-server exited early; see ${logFile}`);
    return fetch(`${url}/healthz`).then((r) => r.ok, () => false);
  });
  return { url, stop: () => stopProcessGroup(child) };
}

async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

function loadPlaywright() {
  // Prefer the copy setup.sh installed next to code-server; the project's devDependency also works.
  for (const base of [join(CACHE, 'package.json'), join(ROOT, 'package.json')]) {
    try {
      return createRequire(base)('playwright-core');
    } catch {
      /* try the next */
    }
  }
  throw new Error('playwright-core is not installed: run scripts/e2e/setup.sh');
}

async function main() {
  const args = process.argv.slice(2);
  const skipPackage = args.includes('--no-package');
  const filters = args.filter((a) => !a.startsWith('--'));
  const selected = SCENARIOS.filter((s) => filters.length === 0 || filters.some((f) => s.name.toLowerCase().includes(f.toLowerCase())));

  if (!existsSync(CODE_SERVER)) throw new Error(`code-server is not set up in ${CACHE}: run bash scripts/e2e/setup.sh`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run bash scripts/e2e/setup.sh`);
  const { chromium } = loadPlaywright();

  if (!skipPackage) {
    log('npm run package');
    run('npm', ['run', '-s', 'package']);
  }
  if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing`);

  await rm(RESULTS, { recursive: true, force: true });
  await mkdir(RESULTS, { recursive: true });
  const temp = await mkdtemp(join(tmpdir(), 'shipshape-e2e-'));
  const extensions = join(temp, 'extensions');
  log(`installing ${VSIX} into ${extensions}`);
  run(process.execPath, [CODE_SERVER, ...codeServerArgs({ userData: join(temp, 'install-user-data'), extensions }), '--install-extension', VSIX], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const outcomes = [];
  try {
    for (const profile of Object.keys(PROFILES)) {
      const scenarios = selected.filter((s) => s.profile === profile);
      if (scenarios.length === 0) continue;
      outcomes.push(...(await runProfile({ browser, profile, scenarios, temp, extensions })));
    }
  } finally {
    await browser.close();
  }

  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - passed;
  for (const o of outcomes) console.log(`${o.ok ? 'ok  ' : 'FAIL'} ${o.name} (${(o.ms / 1000).toFixed(1)} s)${o.ok ? '' : `\n     ${o.error}`}`);
  if (failed === 0) await rm(temp, { recursive: true, force: true });
  else log(`kept ${temp} (workspaces, settings, code-server logs) for inspection`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && outcomes.length > 0 ? 0 : 1;
}

/** One code-server + browser page per profile; its scenarios run in order in that window. */
async function runProfile({ browser, profile, scenarios, temp, extensions }) {
  const userData = join(temp, `user-data-${profile}`);
  await mkdir(join(userData, 'User'), { recursive: true });
  await writeFile(join(userData, 'User/settings.json'), JSON.stringify(PROFILES[profile], null, 2));
  const workspace = join(temp, `workspace-${profile}`);
  await cp(FIXTURE, workspace, { recursive: true });

  log(`${profile}: starting code-server for ${workspace}`);
  const server = await startCodeServer({ userData, extensions }, workspace, join(temp, `code-server-${profile}.log`));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const outcomes = [];
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await waitForWorkbench(page);
    for (const [i, scenario] of scenarios.entries()) {
      const started = Date.now();
      log(`${profile}: ${scenario.name}`);
      try {
        if (i > 0) await closeAllEditors(page);
        await scenario.run({ page, workspace, screenshot: (name, options) => screenshot(page, name, options) });
        outcomes.push({ name: scenario.name, ok: true, ms: Date.now() - started });
      } catch (error) {
        const file = await screenshot(page, `FAILED-${slug(scenario.name)}`).catch(() => 'none');
        outcomes.push({ name: scenario.name, ok: false, ms: Date.now() - started, error: `${error.message}\n     screenshot: ${file}` });
        // Leave no modal or menu behind for the next scenario.
        await page.keyboard.press('Escape').catch(() => {});
      }
    }
  } finally {
    await context.close();
    await server.stop();
  }
  return outcomes;
}

async function screenshot(page, name, { docs = false } = {}) {
  const file = join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (docs && UPDATE_SCREENSHOTS) {
    await mkdir(DOCS_SCREENSHOTS, { recursive: true });
    await copyFile(file, join(DOCS_SCREENSHOTS, `${name}.png`));
  }
  return file;
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[e2e] ${error.stack ?? error}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);

