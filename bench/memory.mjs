// Figure 4 (engine level): lints the same files pass after pass in one process, as repeated
// whole-workspace re-scans would, and records heap and RSS after each pass (after a full GC). Flat
// numbers mean nothing accumulates across passes. Runs as its own process (needs --expose-gc):
//   node --expose-gc bench/memory.mjs <engine bundle> <dir> <passes>   → JSON on stdout
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';

const SELF = fileURLToPath(import.meta.url);

function measurePasses(bundle, dir, passes) {
  const engine = createRequire(import.meta.url)(bundle);
  const { config, excludeBase } = engine.loadRunConfig(undefined, [], dir);
  const files = [...engine.walkFiles([dir], { base: dir, exclude: config.exclude, excludeBase })];
  const workspace = new engine.DiskWorkspaceIndex(files, dir);
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

/** Runs the passes in a fresh process, so nothing else in the bench process weighs on the heap. */
export function runMemory({ bundle, dir, passes }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', SELF, bundle, dir, String(passes)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`memory bench exited ${code}`))));
  });
}

if (process.argv[1] === SELF) {
  const [bundle, dir, passes] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(measurePasses(bundle, dir, Number(passes))));
}
