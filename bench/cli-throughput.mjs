// Figure 3: CLI throughput on a generated repository: dist/cli.js as shipped (one thread) and the
// same steps across every core (bench/cli-parallel.mjs); files/s and peak RSS of each.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from './bundle.mjs';
import { writeRepository } from './generate.mjs';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Runs node with the maxRSS preload; resolves wall time, peak RSS, stdout size and exit code. */
function timedNode(args, { cwd, workDir }) {
  const rssFile = join(workDir, `maxrss-${process.pid}-${Date.now()}`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--require', join(BENCH_DIR, 'report-maxrss.cjs'), ...args], {
      cwd,
      env: { ...process.env, SHIPSHAPE_BENCH_MAXRSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdoutBytes += chunk.length));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const maxRss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
      rmSync(rssFile, { force: true });
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      resolve({ seconds, maxRss, stdoutBytes });
    });
  });
}

export function prepareRepository(workDir, files) {
  const repo = join(workDir, 'repo');
  rmSync(repo, { recursive: true, force: true });
  return { repo, files: writeRepository(repo, files) };
}

export async function runCliThroughput({ repo, files, workDir, distCli, log = () => {} }) {
  const threads = cpus().length;
  const bundle = await bundleEntry('engine');
  log(`CLI: ${files} files, one thread…`);
  const single = await timedNode([distCli, 'repo', '--format', 'json', '--fail-on', 'never'], { cwd: join(repo, '..'), workDir });
  log(`CLI: ${files} files, ${threads} worker threads…`);
  const parallel = await timedNode([join(BENCH_DIR, 'cli-parallel.mjs'), 'repo', '--threads', String(threads), '--bundle', bundle], { cwd: join(repo, '..'), workDir });
  const row = (name, r, t) => ({ name, threads: t, files, seconds: r.seconds, filesPerSecond: files / r.seconds, peakRssBytes: r.maxRss, reportBytes: r.stdoutBytes });
  return [row('dist/cli.js', single, 1), row('bench/cli-parallel.mjs', parallel, threads)];
}
