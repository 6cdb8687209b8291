// Where the engine's time goes: lints one generated input repeatedly under `node --cpu-prof` and
// prints the self time per source module and the engine's (rules/src) costliest functions.
// Usage: node bench/profile.mjs [kubernetes|dockerfile|compose] [iterations] [--edit | --type]
//   --edit  each lint follows a one-line edit in the middle of the file (the editing case: the engine
//           keeps what it remembers of the previous version), instead of a first lint of each text.
//   --type  each lint follows one more character typed into a comment line a quarter of the way
//           down (figure 2's "type" edit: everything below the edit moves).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from './bundle.mjs';
import { INPUTS, middleEdit, typingEdit } from './lint-time.mjs';

const SELF = fileURLToPath(import.meta.url);

/** Source module of each bundle line, from the `// path` markers esbuild writes before each module. */
function modulesByLine(bundleText) {
  const modules = [];
  let current = '(bundle)';
  bundleText.split('\n').forEach((line, i) => {
    const marker = /^\/\/ (?:\.\.\/)*(?:work\/main\/)?((?:rules|host|cli|server|node_modules)\/\S+)$/.exec(line) ?? /^ {2}"(?:\.\.\/)*(?:work\/main\/)?(node_modules\/[^"]+)"/.exec(line);
    if (marker) current = marker[1];
    modules[i] = current;
  });
  return modules;
}

export function summarizeProfile(profile, bundlePath, top = 12) {
  const modules = modulesByLine(readFileSync(bundlePath, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byModule = new Map();
  const byFunction = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    const inBundle = frame.url.endsWith(bundlePath.split('/').pop());
    const module = inBundle ? modules[frame.lineNumber] : frame.url ? 'node internals' : frame.functionName;
    // node_modules grouped by package; the engine's own files one by one.
    const group = module.startsWith('node_modules/') ? module.split('/').slice(0, 2).join('/') : module;
    byModule.set(group, (byModule.get(group) ?? 0) + us);
    if (module.startsWith('rules/')) {
      const key = `${frame.functionName || '(anonymous)'} (${module})`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    }
  });
  const rank = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { totalMs: total / 1000, modules: rank(byModule), engineFunctions: rank(byFunction) };
}

/** In the profiled child: lint the input `iterations` times, a different text each time. */
function lintRepeatedly(bundle, kind, iterations, edit) {
  const engine = createRequire(import.meta.url)(bundle);
  const input = INPUTS.find((i) => i.kind === kind);
  const text = input.make();
  for (let i = 0; i < iterations; i++) {
    if (edit) {
      engine.lint((edit === 'type' ? typingEdit : middleEdit)(input, text, i), input.fileName);
    } else {
      engine.clearParseCaches();
      engine.lint(`${text}# profile ${i}\n`, input.fileName);
    }
  }
}

export async function profileInput(kind = 'kubernetes', iterations = 40, edit = false) {
  const bundle = await bundleEntry('engine');
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-prof-'));
  try {
    const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, SELF, '--child', bundle, kind, String(iterations), edit || 'cold'], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`profiled run exited ${run.status}`);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    return summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), bundle);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === SELF) {
  if (process.argv[2] === '--child') {
    lintRepeatedly(process.argv[3], process.argv[4], Number(process.argv[5]), process.argv[6] === 'cold' ? false : process.argv[6]);
  } else {
    const kind = process.argv[2] ?? 'kubernetes';
    const edit = process.argv.includes('--type') ? 'type' : process.argv.includes('--edit') && 'edit';
    const summary = await profileInput(kind, Number(process.argv[3] ?? 40), edit);
    const print = (title, rows) => console.log(`\n${title}\n${rows.map((r) => `${(r.share * 100).toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(6)} ms  ${r.name}`).join('\n')}`);
    console.log(`${kind}${edit === 'type' ? ', typing at ¼' : edit ? ', edited' : ''}: ${summary.totalMs.toFixed(0)} ms sampled`);
    print('Self time by module:', summary.modules);
    print('Engine functions (rules/src) by self time:', summary.engineFunctions);
  }
}
