// Figure 2: editing latency through the real language server over stdio: didChange (full text, a
// small edit) → publishDiagnostics for that version, per file kind.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node';
import { bundleEntry } from './bundle.mjs';
import { INPUTS } from './lint-time.mjs';
import { summarize } from './stats.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification, ShutdownRequest, ExitNotification } = protocol;

/** The debounce dist/server.js applies to changes (server/src/document-validator.ts CHANGE_DELAY_MS). */
export const SERVER_DEBOUNCE_MS = 100;
const LANGUAGE = { kubernetes: 'yaml', dockerfile: 'dockerfile', compose: 'dockercompose' };

/** Starts a server bundle over stdio and answers what it may ask; resolves diagnostics by uri+version. */
async function startServer(bundle, rootDir) {
  const child = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const key = `${params.uri}#${params.version}`;
    const resolve = waiting.get(key);
    if (resolve) {
      waiting.delete(key);
      resolve(performance.now());
    }
  });
  connection.onRequest(() => null); // e.g. workspace/configuration: defaults are what we bench
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(rootDir).href, capabilities: {}, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});
  const diagnosticsFor = (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve));
  const stop = async () => {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    connection.dispose();
  };
  return { connection, diagnosticsFor, stop };
}

/** One edit per version: the file with a trailing comment that names the version. */
const edited = (text, version) => `${text}# edit ${version}\n`;

async function measureKind(server, input, dir, { edits, minEdits, budgetMs }) {
  const text = input.make();
  const uri = pathToFileURL(join(dir, input.fileName.replace(/^\/bench\//, ''))).href;
  let version = 1;
  const opened = server.diagnosticsFor(uri, version);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: LANGUAGE[input.kind], version, text } });
  await opened;
  const samples = [];
  const started = performance.now();
  while (samples.length < edits && (samples.length < minEdits || performance.now() - started < budgetMs)) {
    version++;
    const published = server.diagnosticsFor(uri, version);
    const t0 = performance.now();
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: edited(text, version) }] });
    samples.push((await published) - t0);
  }
  return summarize(samples);
}

/**
 * Measures dist/server.js as shipped (its debounce included, and reported net of it) and the same
 * server code started with changeDelayMs 0 (bench/entries/server-no-debounce.ts).
 */
export async function runEditLatency({ distServer, workDir, edits = 60, minEdits = 5, budgetMs = 8_000, log = () => {} }) {
  const dir = join(workDir, 'editor');
  mkdirSync(join(dir, 'k8s'), { recursive: true });
  const variants = [
    { name: 'dist/server.js', bundle: distServer, debounceMs: SERVER_DEBOUNCE_MS },
    { name: 'no debounce', bundle: await bundleEntry('server-no-debounce'), debounceMs: 0 },
  ];
  const results = [];
  for (const variant of variants) {
    const server = await startServer(variant.bundle, dir);
    try {
      for (const input of INPUTS) {
        log(`edit latency (${variant.name}): ${input.label}…`);
        const stats = await measureKind(server, input, dir, { edits, minEdits, budgetMs });
        results.push({ server: variant.name, kind: input.kind, label: input.label, debounceMs: variant.debounceMs, ...stats, netMedian: stats.median - variant.debounceMs, netP95: stats.p95 - variant.debounceMs });
      }
    } finally {
      await server.stop();
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { tmpdir } = await import('node:os');
  console.log(JSON.stringify(await runEditLatency({ distServer: new URL('../dist/server.js', import.meta.url).pathname, workDir: join(tmpdir(), 'shipshape-bench'), edits: 10, budgetMs: 2000, log: console.error }), null, 2));
}
