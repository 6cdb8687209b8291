// What the CLI would gain from every core: the CLI's own steps (config, walk, read, lint, JSON
// report) with the file list split across os.cpus().length worker threads, each running the engine.
// Usage: node bench/cli-parallel.mjs <dir> [--threads N] [--bundle FILE]   (prints the JSON report)
// --bundle: an engine bundle already built by bench/bundle.mjs, so timing excludes the build.
// The CLI is single-threaded today; this is the shape it should adopt for large inputs.
import { cpus } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { bundleEntry } from './bundle.mjs';

const load = (bundle) => createRequire(import.meta.url)(bundle);

/** Worker: lints its share of the files like cli/src/lint-command.ts lintFile, and posts the reports. */
function lintShare({ bundle, files, allFiles, cwd, config }) {
  const engine = load(bundle);
  const workspace = new engine.DiskWorkspaceIndex(allFiles, cwd);
  const reports = [];
  for (const path of files) {
    try {
      const source = engine.readSource(path);
      if ('skipped' in source) continue;
      const findings = engine.lint(source.text, path, { config, workspace });
      findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
      reports.push({ file: engine.displayPath(path, cwd), text: source.text, findings });
    } catch (e) {
      reports.push({ file: engine.displayPath(path, cwd), failed: String(e) });
    }
  }
  return reports;
}

function runWorker(data) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

export async function lintInParallel(targets, { cwd = process.cwd(), threads = cpus().length, bundle } = {}) {
  bundle ??= await bundleEntry('engine');
  const engine = load(bundle);
  const { config, excludeBase } = engine.loadRunConfig(undefined, [], cwd);
  const allFiles = [...engine.walkFiles(targets, { base: cwd, exclude: config.exclude, excludeBase })];
  // Round-robin, so each thread gets a like mix of small and large files.
  const shares = Array.from({ length: threads }, (_, t) => allFiles.filter((_, i) => i % threads === t));
  const parts = await Promise.all(shares.map((files) => runWorker({ bundle, files, allFiles, cwd, config })));
  const reports = parts.flat().filter((r) => !r.failed);
  reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: allFiles.length, reports, json: engine.formatJson(reports), failed: parts.flat().length - reports.length };
}

if (!isMainThread) {
  parentPort.postMessage(lintShare(workerData));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--threads');
  const threads = at >= 0 ? Number(args.splice(at, 2)[1]) : cpus().length;
  const bundleAt = args.indexOf('--bundle');
  const bundle = bundleAt >= 0 ? args.splice(bundleAt, 2)[1] : undefined;
  const result = await lintInParallel(args.length ? args : ['.'], { threads, bundle });
  process.stdout.write(result.json);
  process.stderr.write(`${result.files} files, ${threads} threads\n`);
}
