// Property/mutation fuzzing of the engine: regression fixtures first, then a bounded, seeded
// campaign (scripts/fuzz.mjs runs longer ones), then the CLI on a folder of mutated files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { REPO } from '../paths.js';
import { seeds } from './corpus.js';
import { mutated } from './mutations.js';
import { check } from './properties.js';
import { KNOWN_DIR, loadRegressions } from './regressions.js';
import { fuzz } from './run.js';

const RUNS = 2000;
const SEED = 20261129;

describe('fuzz: regression fixtures', () => {
  for (const r of loadRegressions()) {
    it(`${r.path.split(/[\\/]/).pop()} satisfies every property`, () => {
      assert.deepEqual(check(r.text, r.fileName), []);
    });
  }
});

describe('fuzz: known unfixed failures (todo)', () => {
  for (const r of loadRegressions(KNOWN_DIR)) {
    it(`${r.path.split(/[\\/]/).pop()} satisfies every property`, { todo: 'known bug: test/fuzz/regressions/known/README.md' }, () => {
      assert.deepEqual(check(r.text, r.fileName), []);
    });
  }
});

describe('fuzz: seeds', () => {
  it('the corpus has the examples and the docs examples', () => {
    const all = seeds();
    assert.ok(all.filter((s) => !s.origin.includes('.md#')).length >= 15, 'examples/ files');
    assert.ok(all.filter((s) => s.origin.includes('.md#')).length >= 250, 'docs examples');
  });
});

describe('fuzz: mutated and generated inputs', () => {
  it(`${RUNS} seeded cases satisfy every property`, () => {
    const result = fuzz(RUNS, SEED);
    if (result.failure) {
      const { violations, saved, case: c } = result.failure;
      assert.fail(`${c.origin} as ${c.fileName}: ${violations.map((v) => `${v.property}: ${v.detail}`).join('\n')}\nshrunk case saved as ${saved}`);
    }
    assert.equal(result.runs, RUNS);
  });
});

describe('fuzz: the CLI', () => {
  it('scans a folder of mutated files and exits 0 or 1 with valid JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-fuzz-'));
    try {
      const samples = fc.sample(mutated(seeds()), { numRuns: 40, seed: SEED });
      samples.forEach((c, i) => {
        const sub = join(dir, String(i));
        mkdirSync(sub);
        writeFileSync(join(sub, c.fileName.split('/').pop()!), c.text);
      });
      const r = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
      const report = JSON.parse(r.stdout);
      assert.ok(report !== null && typeof report === 'object');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
