// Long fuzzing run: node scripts/fuzz.mjs [--runs N] [--seed S]
// Runs the same campaign as test/fuzz/fuzz.test.ts with more cases; a failing case is shrunk and
// saved under test/fuzz/regressions/, which `npm test` replays from then on.
import { spawnSync } from 'node:child_process';
import { generateRuleIndex } from './gen-rule-index.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isSafeInteger(v) || v < 0) {
    console.error(`usage: node scripts/fuzz.mjs [--runs N] [--seed S]  (--${name} must be a whole number)`);
    process.exit(2);
  }
  return v;
};
const runs = option('runs', 5000);
const seed = option('seed', Date.now() % 2 ** 31);

generateRuleIndex();
const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/fuzz/main.ts', String(runs), String(seed)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
