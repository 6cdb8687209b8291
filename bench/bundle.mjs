// Bundles a bench entry (bench/entries/*.ts) like scripts/build.mjs bundles dist/, into a temp dir.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const OUT_DIR = join(tmpdir(), 'shipshape-bench');

/** Bundles bench/entries/<name>.ts to a CommonJS file and returns its path. */
export async function bundleEntry(name) {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${basename(name)}.cjs`);
  await build({
    entryPoints: [join(BENCH_DIR, 'entries', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return outfile;
}

/** The bundled engine entry, loaded. */
export async function loadEngine() {
  return createRequire(import.meta.url)(await bundleEntry('engine'));
}
