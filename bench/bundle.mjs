// Bundles a bench entry (bench/entries/*.ts) with the options scripts/build.mjs bundles dist/ with, into a temp dir.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE_OPTIONS } from '../scripts/node-bundle-options.mjs';

const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const OUT_DIR = join(tmpdir(), 'shipshape-bench');

/** Bundles written by this process, removed when it exits. */
const written = new Set();
process.once('exit', () => {
  for (const file of written) rmSync(file, { force: true });
});

/**
 * Bundles bench/entries/<name>.ts to a CommonJS file and returns its path. The file is this
 * process's own, so two benchmarks running at once never load each other's half-written bundle.
 */
export async function bundleEntry(name) {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${basename(name)}-${process.pid}.cjs`);
  written.add(outfile);
  await build({
    ...NODE_BUNDLE_OPTIONS,
    entryPoints: [join(BENCH_DIR, 'entries', `${name}.ts`)],
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** The bundled engine entry, loaded. */
export async function loadEngine() {
  return createRequire(import.meta.url)(await bundleEntry('engine'));
}
