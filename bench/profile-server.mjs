// Where dist/server.js spends a keystroke: runs it under `node --cpu-prof`, opens one generated
// input and types into it as figure 2's "type" edit does (each version's diagnostics awaited, the
// shipped debounce unless --no-debounce), then prints the server's self time per source module and
// the inclusive time of the steps of a change. Idle time is the debounce's pause.
// Usage: node bench/profile-server.mjs [kubernetes|dockerfile|compose] [edits] [--no-debounce]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DELAY_ENV, openForEditing, startServer } from './edit-latency.mjs';
import { INPUTS } from './lint-time.mjs';
import { summarizeProfile } from './profile.mjs';

const DIST_SERVER = fileURLToPath(new URL('../dist/server.js', import.meta.url));
/** The steps of a change, by the function names the bundle keeps. */
const STEPS = ['lintDocument', 'lint', 'parseFile', 'parseYamlStream', 'parseDockerfile', 'diagnosticsOf', 'sendDiagnostics'];

/** Inclusive time (ms) of each function name: the samples with that name anywhere on their stack. */
function inclusiveTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const out = new Map();
  profile.samples.forEach((id, i) => {
    const names = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) names.add(byId.get(n).callFrame.functionName);
    for (const name of names) out.set(name, (out.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

const kind = process.argv[2] ?? 'kubernetes';
const edits = Number(process.argv[3] ?? 150);
const input = INPUTS.find((i) => i.kind === kind);
const profileDir = mkdtempSync(join(tmpdir(), 'shipshape-server-prof-'));
const workspace = mkdtempSync(join(tmpdir(), 'shipshape-server-ws-'));
try {
  const env = process.argv.includes('--no-debounce') ? { [DELAY_ENV]: '0' } : {};
  const server = await startServer(DIST_SERVER, workspace, { env, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
  await server.initialScanEnd;
  const editor = await openForEditing(server, workspace, input, 'type');
  for (let i = 0; i < edits; i++) await editor.edit();
  await server.stop();
  const profile = JSON.parse(readFileSync(join(profileDir, readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'))), 'utf8'));
  const summary = summarizeProfile(profile, DIST_SERVER, 15);
  console.log(`dist/server.js, ${input.label}, opened and typed into ${edits} times: ${summary.totalMs.toFixed(0)} ms sampled (the first lint included)\n\nSelf time by module:`);
  for (const r of summary.modules) console.log(`${(r.share * 100).toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(6)} ms  ${r.name}`);
  const inclusive = inclusiveTimes(profile);
  console.log('\nInclusive time of the steps of a change (ms per edit, the first lint spread over them):');
  for (const step of STEPS) if (inclusive.has(step)) console.log(`${(inclusive.get(step) / edits).toFixed(2).padStart(7)}  ${step}`);
} finally {
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
}
