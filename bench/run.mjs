// `npm run bench`: every performance figure of Shipshape in one run, on the same generated inputs.
// Prints tables and writes bench/results.json. See bench/README.md for what each figure means.
// Options: --package     run `npm run package` first, so the .vsix size is current (adds ~30 s)
//          --files N     files in the CLI repository (default 10000)
//          --memory-files N   files of the repository figure 4 scans (default 1000)
//          --rescans N        Scan Workspace commands sent to the server (default 10)
//          --memory-passes N  engine-level passes (default 10; 0 skips that table)
//          --editor-workspace-files N  files of the larger workspace figure 2 edits in (default 5000)
//          --typing-characters N  characters typed into each input for figure 4c (default 2000; 0 skips it)
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from './bundle.mjs';
import { prepareRepository, runCliThroughput } from './cli-throughput.mjs';
import { WARMUP_EDITS, runEditLatency, runEngineEditLatency, runWorkspaceEditLatency } from './edit-latency.mjs';
import { writeRepository } from './generate.mjs';
import { runLintTime } from './lint-time.mjs';
import { runMemory, runServerRescans, runServerTyping, runTypingMemory } from './memory.mjs';
import { runSizes } from './sizes.mjs';
import { kib, mib, ms } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_PARSER_RATIO = 1.25;
const FRAME_MS = 16;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map(String));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const log = (message) => process.stderr.write(`· ${message}\n`);
const section = (title, body) => console.log(`\n## ${title}\n\n${body}`);

const started = performance.now();
const workDir = join(tmpdir(), 'shipshape-bench');
mkdirSync(workDir, { recursive: true });
const results = { date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverageAtStart: loadavg() } };

// 5 first: `npm run package` rebuilds dist/ minified, and the other figures need the normal build back.
if (process.argv.includes('--package')) {
  log('npm run package…');
  const pack = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (pack.status !== 0) throw new Error('npm run package failed');
  results.sizes = { minified: true, files: runSizes(ROOT) };
  spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
} else {
  results.sizes = { minified: false, files: runSizes(ROOT) };
}
await bundleEntry('engine');

results.lintTime = await runLintTime({ log });
results.editLatency = await runEditLatency({ distServer: join(ROOT, 'dist/server.js'), workDir, log });
// The same edit sessions with no server at all: how much of a keystroke is the lint itself.
results.editLatency.push(...(await runEngineEditLatency({ workDir, log })));
// The same edits in files of a scanned workspace, small and large: a keystroke must not cost O(workspace).
for (const files of [3, option('--editor-workspace-files', 5_000)]) {
  results.editLatency.push(...(await runWorkspaceEditLatency({ distServer: join(ROOT, 'dist/server.js'), workDir, files, log })));
}
const { repo, files } = prepareRepository(workDir, option('--files', 10_000));
results.cli = await runCliThroughput({ repo, files, workDir, distCli: join(ROOT, 'dist/cli.js'), log });
const memoryRepo = join(workDir, 'repo-memory');
rmSync(memoryRepo, { recursive: true, force: true });
const memoryFiles = writeRepository(memoryRepo, option('--memory-files', 1_000));
log('server memory across Scan Workspace commands…');
results.memory = { server: { files: memoryFiles, ...(await runServerRescans({ distServer: join(ROOT, 'dist/server.js'), dir: memoryRepo, scans: option('--rescans', 10) })) } };
const enginePasses = option('--memory-passes', 10);
if (enginePasses > 0) {
  log('engine memory across passes…');
  results.memory.engine = await runMemory({ bundle: await bundleEntry('engine'), dir: memoryRepo, passes: enginePasses });
}
const typedCharacters = option('--typing-characters', 2_000);
if (typedCharacters > 0) {
  log('engine memory while typing…');
  const every = Math.max(1, Math.floor(typedCharacters / 4));
  results.memory.typing = await runTypingMemory({ bundle: await bundleEntry('engine'), characters: typedCharacters, every });
  log('server memory while typing…');
  results.memory.serverTyping = await runServerTyping({ distServer: join(ROOT, 'dist/server.js'), workDir, characters: typedCharacters, every });
}
results.seconds = (performance.now() - started) / 1000;

console.log(`# Shipshape benchmarks — ${results.date.slice(0, 10)}, ${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}, load ${results.machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}`);

section(
  '1. Lint time per file (ms): a first lint of each text (engine caches cleared), then "edited": a re-lint after a one-line edit in the middle of the file',
  table(
    ['input', 'lines', 'findings', 'ours med', 'ours p95', 'parser med', 'parser p95', 'our parse med', 'ours/parser', `target ≤${TARGET_PARSER_RATIO}×`, 'dockerfile-utils med', 'ours/dockerfile-utils', 'samples'],
    results.lintTime.map((r) => [r.label, r.lines, r.findings, ms(r.ours.median), ms(r.ours.p95), ms(r.parser.median), ms(r.parser.p95), r.ourParse ? ms(r.ourParse.median) : '—', `${r.ratioToParser.toFixed(2)}×`, r.ratioToParser <= TARGET_PARSER_RATIO ? 'met' : 'missed', r.dockerfileUtils ? ms(r.dockerfileUtils.median) : '—', r.ratioToDockerfileUtils ? `${r.ratioToDockerfileUtils.toFixed(2)}×` : '—', r.ours.n]),
  ),
);
section(
  `2. Editing latency, didChange (a ranged edit) → publishDiagnostics (ms; after ${WARMUP_EDITS} untimed edits of the file; target: p95 far below a ${FRAME_MS} ms frame)`,
  table(
    ['server', 'input', 'edit', 'median', 'p95', 'debounce', 'net median', 'net p95', 'edits', 'diagnostics'],
    results.editLatency.map((r) => [r.server, r.label, r.edit, ms(r.median, 2), ms(r.p95, 2), r.debounceMs, ms(r.netMedian, 2), ms(r.netP95, 2), r.n, r.diagnostics ?? '—']),
  ),
);
section(
  '3. CLI throughput (--format json --fail-on never)',
  table(['run', 'threads', 'files', 'seconds', 'files/s', 'peak RSS MiB', 'report MiB'], results.cli.map((r) => [r.name, r.threads, r.files, r.seconds.toFixed(2), r.filesPerSecond.toFixed(0), mib(r.peakRssBytes), mib(r.reportBytes)])),
);
const serverScans = results.memory.server;
// The server publishes a file's diagnostics only after linting it, so the counts tell whether a re-scan skipped unchanged files.
const relintsAll = serverScans.scans.every((s) => s.published === serverScans.scans[0].published);
section(
  `4. Server memory over ${serverScans.scans.length - 1} Scan Workspace commands on ${serverScans.files} files (dist/server.js; scan 0 = the initial scan, from spawn; ${relintsAll ? 'each re-scan re-lints and re-publishes every file: the command drops the content-hash stamps' : 'unchanged files are skipped by content hash'})`,
  table(['scan', 'seconds', 'files published', 'RSS MiB', 'peak RSS MiB'], serverScans.scans.map((s) => [s.scan, s.seconds.toFixed(2), s.published, s.rssBytes === null ? '—' : mib(s.rssBytes), s.peakRssBytes === null ? '—' : mib(s.peakRssBytes)])) +
    (serverScans.rssMeasured ? '' : '\n(RSS not measured: it is read from /proc/<pid>/status, Linux only)'),
);
const engineMemory = results.memory.engine;
if (engineMemory) {
  section(
    `4b. Engine memory over ${engineMemory.passes.length - 1} passes of the same ${engineMemory.files} files in one process (after a full GC; pass 0 = before linting)`,
    table(['pass', 'seconds', 'findings', 'heap MiB', 'RSS MiB'], engineMemory.passes.map((p) => [p.pass, p.seconds.toFixed(2), p.findings, mib(p.heapUsedBytes), mib(p.rssBytes)])),
  );
}
const typingMemory = results.memory.typing;
if (typingMemory) {
  section(
    `4c. Memory while typing: one character after another into a comment line a quarter of the way down, each followed by a lint (MiB; engine: heap after a full GC, one process, inputs in turn; server: dist/server.js RSS, no debounce, each version's diagnostics awaited, inputs opened in turn)`,
    table(
      ['measure', 'input', ...typingMemory[0].samples.map((s) => `${s.characters} typed`)],
      [
        ...typingMemory.map((r) => ['engine heap', r.label, ...r.samples.map((s) => mib(s.heapUsedBytes))]),
        ...results.memory.serverTyping.map((r) => ['server RSS', r.label, ...r.samples.map((s) => (s.rssBytes === null ? '—' : mib(s.rssBytes)))]),
      ],
    ),
  );
}
section(`5. Sizes (${results.sizes.minified ? 'minified, as packaged' : 'as built by npm run build, not minified'})`, table(['file', 'KiB'], results.sizes.files.map((f) => [f.file, kib(f.bytes)])));
console.log(`\nWhole run: ${results.seconds.toFixed(0)} s. Results: bench/results.json`);

writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
