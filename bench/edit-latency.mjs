// Figure 2: editing latency through the real language server over stdio: didChange (a ranged
// edit in the middle of the file, as the server's Incremental sync asks) → publishDiagnostics for
// that version, per file kind; dist/server.js with its default debounce, then with none, then the
// floor (a server that replays the same diagnostics without linting); and the engine alone on the
// same edits (runEngineEditLatency: lint() timed in-process, back to back and a debounce apart). With a
// workspace (runWorkspaceEditLatency): the inputs on disk in a generated repository, edited once
// the server's initial scan has ended, so the rows show what the workspace's size costs a keystroke.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { bundleEntry, loadEngine } from './bundle.mjs';
import { writeRepository } from './generate.mjs';
import { INPUTS } from './lint-time.mjs';
import { summarize } from './stats.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, PublishDiagnosticsNotification, ShutdownRequest, ExitNotification } = protocol;

/** The debounce dist/server.js applies to changes by default (server/src/document-validator.ts CHANGE_DELAY_MS). */
export const SERVER_DEBOUNCE_MS = 100;
/** The environment variable dist/server.js reads its debounce from (server/src/server.ts). */
export const DELAY_ENV = 'SHIPSHAPE_CHANGE_DELAY_MS';
/** client/src/server-api.ts STATUS_NOTIFICATION: `scanning` while a workspace scan runs, `idle` after (server/src/status.ts). */
const STATUS_NOTIFICATION = 'shipshape/status';
/** Edits made, and not timed, before the timed ones of each file. */
export const WARMUP_EDITS = 20;
const LANGUAGE = { kubernetes: 'yaml', dockerfile: 'dockerfile', compose: 'dockercompose' };

/**
 * Starts a server bundle over stdio with `rootDir` as its workspace folder and answers what it may
 * ask; resolves diagnostics by uri+version (`diagnosticCount(uri)`: how many the last message had). `env`: variables added to (or, when undefined, removed
 * from) this process's environment; `nodeArgs`: options for node itself (`--cpu-prof`);
 * `onConnection` registers more handlers before anything arrives.
 * `initialScanEnd` resolves when the scan the server starts on `initialized` has ended;
 * `nextScanEnd()`, called before a scan is triggered, when that one has. Both resolve with the
 * number of diagnostics published meanwhile.
 */
export async function startServer(bundle, rootDir, { env = {}, nodeArgs = [], onConnection = () => {} } = {}) {
  const childEnv = { ...process.env, ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete childEnv[name];
  const child = spawn(process.execPath, [...nodeArgs, bundle, '--stdio'], { env: childEnv, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  const diagnosticCounts = new Map();
  const scans = scanFollower(connection);
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    scans.published();
    diagnosticCounts.set(params.uri, params.diagnostics.length);
    const key = `${params.uri}#${params.version}`;
    const resolve = waiting.get(key);
    if (resolve) {
      waiting.delete(key);
      resolve(performance.now());
    }
  });
  connection.onRequest(() => null); // e.g. workspace/configuration: defaults are what we bench
  onConnection(connection);
  connection.listen();
  const rootUri = pathToFileURL(rootDir).href;
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'bench' }] });
  const initialScanEnd = scans.nextScanEnd();
  await connection.sendNotification(InitializedNotification.type, {});
  const diagnosticsFor = (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve));
  const stop = async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    connection.dispose();
  };
  const diagnosticCount = (uri) => diagnosticCounts.get(uri);
  return { connection, pid: child.pid, diagnosticsFor, diagnosticCount, initialScanEnd, nextScanEnd: scans.nextScanEnd, stop };
}

/** Follows the server's scans through its status notifications; `published()` counts a publishDiagnostics. */
function scanFollower(connection) {
  let pending;
  connection.onNotification(STATUS_NOTIFICATION, (params) => {
    if (!pending) return;
    if (params.state === 'scanning') pending.started = true;
    else if (params.state === 'idle' && pending.started) {
      const { resolve, published } = pending;
      pending = undefined;
      resolve(published);
    }
  });
  return {
    published: () => {
      if (pending) pending.published++;
    },
    nextScanEnd: () => new Promise((resolve) => (pending = { resolve, started: false, published: 0 })),
  };
}

/**
 * The edits of one session, ranged changes as a client of an Incremental-sync server sends them.
 * Both first insert a comment line at a given line of the file, indented like that line.
 * - retype: at the middle line; each next edit retypes the comment as `# edit N` (N the version),
 *   so the line keeps its length (only at 9→10, 99→100… does it grow): nothing below it moves.
 * - type: at the first quarter's line; each next edit appends one character, as someone typing
 *   does: every keystroke moves the three quarters of the file below it by one character.
 */
export const EDIT_KINDS = {
  retype: { label: 'retype a comment, middle line', line: (count) => Math.floor(count / 2) },
  type: { label: 'type a comment, line at ¼', line: (count) => Math.floor(count / 4) },
};

function editsOf(kind, text) {
  const lines = text.split('\n');
  const line = EDIT_KINDS[kind].line(lines.length);
  const indent = /^[ \t]*/.exec(lines[line])[0];
  let previous;
  return (version) => {
    if (previous === undefined) {
      previous = `${indent}# edit ${version}`;
      return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${previous}\n` };
    }
    if (kind === 'type') {
      const at = { line, character: previous.length };
      previous += 'x';
      return { range: { start: at, end: at }, text: 'x' };
    }
    const comment = `${indent}# edit ${version}`;
    const change = { range: { start: { line, character: 0 }, end: { line, character: previous.length } }, text: comment };
    previous = comment;
    return change;
  };
}

/** Where an input lives below the editor's workspace folder. */
const inputPath = (dir, input) => join(dir, input.fileName.replace(/^\/bench\//, ''));

/**
 * Opens `input` (under `dir`) in a server from startServer, as an editor would, and waits for its
 * first diagnostics. `edit()` sends the next `editKind` edit (EDIT_KINDS) and resolves, once that
 * version's diagnostics arrive, with the milliseconds it took; `diagnostics()` counts the last ones;
 * `close()` closes the document.
 */
export async function openForEditing(server, dir, input, editKind) {
  const text = input.make();
  const uri = pathToFileURL(inputPath(dir, input)).href;
  let version = 1;
  const opened = server.diagnosticsFor(uri, version);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: LANGUAGE[input.kind], version, text } });
  await opened;
  const nextEdit = editsOf(editKind, text);
  return {
    async edit() {
      version++;
      const published = server.diagnosticsFor(uri, version);
      const t0 = performance.now();
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [nextEdit(version)] });
      return (await published) - t0;
    },
    diagnostics: () => server.diagnosticCount(uri),
    close: () => server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } }),
  };
}

async function measureKind(server, input, dir, editKind, { edits, minEdits, budgetMs, warmupEdits }) {
  const { edit, diagnostics: countDiagnostics, close } = await openForEditing(server, dir, input, editKind);
  // Someone typing has been typing for a while: the first keystrokes after opening a file (the
  // JIT still compiling the paths an edit takes) are not what the next hundred cost.
  for (let i = 0; i < warmupEdits; i++) await edit();
  const samples = [];
  const started = performance.now();
  while (samples.length < edits && (samples.length < minEdits || performance.now() - started < budgetMs)) samples.push(await edit());
  const diagnostics = countDiagnostics();
  // Closed, so the next edit kind opens the file afresh (from version 1).
  await close();
  return { ...summarize(samples), diagnostics };
}

/** The name of the floor rows: bench/entries/replay-server.ts. */
export const FLOOR_SERVER = 'floor: no lint, same diagnostics replayed';

/**
 * dist/server.js as shipped (its debounce included, and reported net of it), then with the debounce
 * at 0, then the floor: a server on the same protocol stack that answers every change with the
 * diagnostics of the file's first lint (bench/entries/replay-server.ts), so the same message
 * crosses the same pipe. The floor is what the protocol, the transport and the client cost on this
 * machine; the rows above it minus the floor are what linting costs a keystroke. The floor again
 * with the shipped debounce: the same path after the same pause, which is how the debounced server
 * finds the machine. The budget lets
 * the debounced rows (~110 ms an edit) make their 100 edits too: a p95 of fewer samples is noise.
 */
export async function runEditLatency({ distServer, workDir, edits = 100, minEdits = 5, budgetMs = 12_000, warmupEdits = WARMUP_EDITS, log = () => {} }) {
  const dir = join(workDir, 'editor');
  mkdirSync(join(dir, 'k8s'), { recursive: true });
  const variants = [
    { bundle: distServer, name: 'dist/server.js', delayEnv: undefined, debounceMs: SERVER_DEBOUNCE_MS },
    { bundle: distServer, name: `dist/server.js, ${DELAY_ENV}=0`, delayEnv: '0', debounceMs: 0 },
    { bundle: await bundleEntry('replay-server'), name: FLOOR_SERVER, delayEnv: undefined, debounceMs: 0 },
    { bundle: await bundleEntry('replay-server'), name: `${FLOOR_SERVER}, ${SERVER_DEBOUNCE_MS} ms debounce`, delayEnv: String(SERVER_DEBOUNCE_MS), debounceMs: SERVER_DEBOUNCE_MS },
  ];
  const results = [];
  for (const { bundle, ...variant } of variants) results.push(...(await measureServer(bundle, dir, { ...variant, edits, minEdits, budgetMs, warmupEdits, log })));
  return results;
}

/** What figure 2's engine rows are called, for edits `pauseMs` apart. */
export const engineRowName = (pauseMs) => `engine alone (lint() in-process), edits ${pauseMs} ms apart`;

/**
 * The engine alone on the same edit sessions: lint() of each version's text in this process, no
 * server, no transport, timed around the call. Once back to back and once with the shipped
 * debounce's pause between edits: what the server's rows would be if linting were all they did,
 * on a machine as warm (or as cold) as the server finds it after that pause.
 */
export async function runEngineEditLatency({ workDir, edits = 100, warmupEdits = WARMUP_EDITS, pauses = [0, SERVER_DEBOUNCE_MS], log = () => {} }) {
  const engine = await loadEngine();
  // The server rows' folder, as the CLI would see it: the same workspace rules apply, so the same findings.
  const dir = join(workDir, 'editor');
  mkdirSync(dir, { recursive: true });
  const { config, workspace } = engine.folderWorkspace(dir);
  const results = [];
  for (const pauseMs of pauses) {
    for (const input of INPUTS) {
      for (const editKind of Object.keys(EDIT_KINDS)) {
        log(`edit latency (${engineRowName(pauseMs)}): ${input.label}, ${EDIT_KINDS[editKind].label}…`);
        const text = input.make();
        const path = inputPath(dir, input);
        const document = TextDocument.create(pathToFileURL(path).href, LANGUAGE[input.kind], 1, text);
        const lintNow = () => engine.lint(document.getText(), path, { config, languageId: LANGUAGE[input.kind], workspace });
        let findings = lintNow().length;
        const nextEdit = editsOf(editKind, text);
        const samples = [];
        for (let version = 2; samples.length < edits; version++) {
          if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
          TextDocument.update(document, [nextEdit(version)], version);
          const t0 = performance.now();
          findings = lintNow().length;
          const took = performance.now() - t0;
          if (version - 1 > warmupEdits) samples.push(took);
        }
        const stats = summarize(samples);
        results.push({ server: engineRowName(pauseMs), kind: input.kind, label: input.label, edit: EDIT_KINDS[editKind].label, debounceMs: 0, warmupEdits, ...stats, netMedian: stats.median, netP95: stats.p95, diagnostics: findings });
      }
    }
  }
  return results;
}

/**
 * dist/server.js with no debounce on a workspace of `files` files: the three inputs written to disk
 * beside a generated repository of the rest (bench/generate.mjs writeRepository). Editing starts
 * once the initial scan has ended, so what is timed is a keystroke in a scanned workspace.
 */
export async function runWorkspaceEditLatency({ distServer, workDir, files, edits = 100, minEdits = 5, budgetMs = 8_000, warmupEdits = WARMUP_EDITS, log = () => {} }) {
  const dir = join(workDir, `editor-workspace-${files}`);
  rmSync(dir, { recursive: true, force: true });
  for (const input of INPUTS) {
    mkdirSync(dirname(inputPath(dir, input)), { recursive: true });
    writeFileSync(inputPath(dir, input), input.make());
  }
  const written = INPUTS.length + (files > INPUTS.length ? writeRepository(dir, files - INPUTS.length) : 0);
  const name = `dist/server.js, ${DELAY_ENV}=0, workspace of ${written.toLocaleString('en')} files`;
  // One edit kind: these rows are about the workspace's size, which either kind shows.
  const editKinds = ['retype'];
  return (await measureServer(distServer, dir, { name, delayEnv: '0', debounceMs: 0, waitForScan: true, editKinds, edits, minEdits, budgetMs, warmupEdits, log })).map((row) => ({ ...row, workspaceFiles: written }));
}

async function measureServer(distServer, dir, { name, delayEnv, debounceMs, waitForScan = false, editKinds = Object.keys(EDIT_KINDS), log, ...budget }) {
  const results = [];
  const server = await startServer(distServer, dir, { env: { [DELAY_ENV]: delayEnv } });
  try {
    if (waitForScan) {
      log(`edit latency (${name}): waiting for the initial scan…`);
      await server.initialScanEnd;
    }
    for (const input of INPUTS) {
      for (const editKind of editKinds) {
        log(`edit latency (${name}): ${input.label}, ${EDIT_KINDS[editKind].label}…`);
        const stats = await measureKind(server, input, dir, editKind, budget);
        const row = { server: name, kind: input.kind, label: input.label, edit: EDIT_KINDS[editKind].label, debounceMs, warmupEdits: budget.warmupEdits };
        results.push({ ...row, ...stats, netMedian: stats.median - debounceMs, netP95: stats.p95 - debounceMs });
      }
    }
  } finally {
    await server.stop();
  }
  return results;
}

// node bench/edit-latency.mjs                        → the default figure (JSON on stdout)
// node bench/edit-latency.mjs --workspace-files N…   → the workspace rows, one workspace per N
if (import.meta.url === `file://${process.argv[1]}`) {
  const { tmpdir } = await import('node:os');
  const options = { distServer: new URL('../dist/server.js', import.meta.url).pathname, workDir: join(tmpdir(), 'shipshape-bench'), log: console.error };
  const sizes = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--workspace-files' ? [Number(arg)] : []));
  const results = [];
  if (sizes.length === 0) results.push(...(await runEditLatency({ ...options, edits: 60, budgetMs: 4000 })), ...(await runEngineEditLatency({ ...options, edits: 60 })));
  for (const files of sizes) results.push(...(await runWorkspaceEditLatency({ ...options, files })));
  console.log(JSON.stringify(results, null, 2));
}
