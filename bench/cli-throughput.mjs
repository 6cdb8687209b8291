// Figure 3: CLI throughput on a generated repository: dist/cli.js on one thread (`--threads 1`) and
// as shipped (one worker thread per core for large inputs); files/s and peak RSS of each.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  const args = [distCli, 'repo', '--format', 'json', '--fail-on', 'never'];
  log(`CLI: ${files} files, one thread…`);
  const single = await timedNode([...args, '--threads', '1'], { cwd: join(repo, '..'), workDir });
  log(`CLI: ${files} files, as shipped (a worker thread per core)…`);
  const parallel = await timedNode(args, { cwd: join(repo, '..'), workDir });
  if (parallel.stdoutBytes !== single.stdoutBytes) throw new Error(`the CLI's report differs with worker threads (${parallel.stdoutBytes} vs ${single.stdoutBytes} bytes)`);
  const row = (name, r, t) => ({ name, threads: t, files, seconds: r.seconds, filesPerSecond: files / r.seconds, peakRssBytes: r.maxRss, reportBytes: r.stdoutBytes });
  return [row('dist/cli.js --threads 1', single, 1), row('dist/cli.js', parallel, threads)];
}
