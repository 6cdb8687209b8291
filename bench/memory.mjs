// Figure 4: memory across repeated whole-workspace scans.
// Server level: dist/server.js over stdio on a generated repository; after its initial scan, the
// Scan Workspace command (workspace/executeCommand shipshape.scanWorkspace) runs N times, and the
// server's RSS (/proc/<pid>/status, Linux only) and each scan's seconds are recorded after each.
// Engine level: lints the same files pass after pass in one process, as repeated re-scans would,
// and records heap and RSS after each pass (after a full GC). Flat numbers mean nothing
// accumulates. Typing: one character after another typed a quarter of the way down each figure-1
// input, the engine's heap after a full GC every so many characters: what it remembers of a file
// while someone types in it must not grow with the keystrokes; and the same typing through
// dist/server.js (figure 2's "type" edit, no debounce, each edit's diagnostics awaited), its RSS.
// Both engine measures run as their own process (needs --expose-gc):
//   node --expose-gc bench/memory.mjs <engine bundle> <dir> <passes>   → JSON on stdout
//   node --expose-gc bench/memory.mjs --typing <engine bundle> <characters> <every>   → JSON on stdout
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import protocol from 'vscode-languageserver-protocol/node';
import { DELAY_ENV, openForEditing, startServer } from './edit-latency.mjs';
import { INPUTS, typingEdit } from './lint-time.mjs';

const { ExecuteCommandRequest } = protocol;
/** client/src/server-api.ts SCAN_WORKSPACE_COMMAND. */
const SCAN_WORKSPACE_COMMAND = 'shipshape.scanWorkspace';

const SELF = fileURLToPath(import.meta.url);

function measurePasses(bundle, dir, passes) {
  const engine = createRequire(import.meta.url)(bundle);
  const { config, files, workspace } = engine.folderWorkspace(dir);
  const sample = (pass, seconds, findings) => {
    globalThis.gc();
    const m = process.memoryUsage();
    return { pass, seconds, findings, heapUsedBytes: m.heapUsed, rssBytes: m.rss };
  };
  const rows = [sample(0, 0, 0)];
  for (let pass = 1; pass <= passes; pass++) {
    const t0 = performance.now();
    let findings = 0;
    for (const path of files) {
      const source = engine.readSource(path);
      if (!('skipped' in source)) findings += engine.lint(source.text, path, { config, workspace }).length;
    }
    rows.push(sample(pass, (performance.now() - t0) / 1000, findings));
  }
  return { files: files.length, passes: rows };
}

function measureTyping(bundle, characters, every) {
  const engine = createRequire(import.meta.url)(bundle);
  return INPUTS.map((input) => {
    const text = input.make();
    const heap = () => {
      globalThis.gc();
      return process.memoryUsage().heapUsed;
    };
    engine.clearParseCaches();
    const samples = [{ characters: 0, heapUsedBytes: heap() }];
    for (let i = 0; i < characters; i++) {
      engine.lint(typingEdit(input, text, i), input.fileName);
      if ((i + 1) % every === 0) samples.push({ characters: i + 1, heapUsedBytes: heap() });
    }
    return { label: input.label, samples };
  });
}

/** Runs the passes in a fresh process, so nothing else in the bench process weighs on the heap. */
export function runMemory({ bundle, dir, passes }) {
  return runChild([bundle, dir, String(passes)]);
}

/** Types `characters` characters into each input in a fresh process, the heap sampled every `every`. */
export function runTypingMemory({ bundle, characters, every }) {
  return runChild(['--typing', bundle, String(characters), String(every)]);
}

function runChild(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`memory bench exited ${code}`))));
  });
}

/** A process's current and peak resident set (VmRSS, VmHWM) in bytes; nulls where /proc is missing (not Linux). */
function residentBytes(pid) {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return { rssBytes: null, peakRssBytes: null };
  const status = readFileSync(file, 'utf8');
  const kib = (field) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
  return { rssBytes: kib('VmRSS'), peakRssBytes: kib('VmHWM') };
}

/**
 * Opens each figure-1 input in dist/server.js (no debounce, an empty workspace folder) and types
 * `characters` characters into it, awaiting each version's diagnostics: the server's RSS every `every`.
 */
export async function runServerTyping({ distServer, workDir, characters, every }) {
  const dir = join(workDir, 'editor-typing');
  mkdirSync(dir, { recursive: true });
  const server = await startServer(distServer, dir, { env: { [DELAY_ENV]: '0' } });
  try {
    await server.initialScanEnd;
    const rows = [];
    for (const input of INPUTS) {
      const editor = await openForEditing(server, dir, input, 'type');
      const samples = [{ characters: 0, ...residentBytes(server.pid) }];
      // The first edit inserts the comment line; every later one types a character into it.
      for (let typed = 0; typed < characters; typed++) {
        await editor.edit();
        if ((typed + 1) % every === 0) samples.push({ characters: typed + 1, ...residentBytes(server.pid) });
      }
      await editor.close();
      rows.push({ label: input.label, samples });
    }
    return rows;
  } finally {
    await server.stop();
  }
}

/** Runs `scans` Scan Workspace commands against dist/server.js on `dir` (scan 0 = the initial scan). */
export async function runServerRescans({ distServer, dir, scans }) {
  const started = performance.now();
  const server = await startServer(distServer, dir);
  try {
    const row = (scan, t0, published) => ({ scan, seconds: (performance.now() - t0) / 1000, published, ...residentBytes(server.pid) });
    const rows = [row(0, started, await server.initialScanEnd)];
    for (let scan = 1; scan <= scans; scan++) {
      const t0 = performance.now();
      const ended = server.nextScanEnd();
      await server.connection.sendRequest(ExecuteCommandRequest.type, { command: SCAN_WORKSPACE_COMMAND, arguments: [] });
      rows.push(row(scan, t0, await ended));
    }
    return { rssMeasured: rows[0].rssBytes !== null, scans: rows };
  } finally {
    await server.stop();
  }
}

if (process.argv[1] === SELF) {
  if (process.argv[2] === '--typing') {
    const [bundle, characters, every] = process.argv.slice(3);
    process.stdout.write(JSON.stringify(measureTyping(bundle, Number(characters), Number(every))));
  } else {
    const [bundle, dir, passes] = process.argv.slice(2);
    process.stdout.write(JSON.stringify(measurePasses(bundle, dir, Number(passes))));
  }
}
