// Entry point of scripts/fuzz.mjs: fuzz <runs> <seed>, print the outcome, exit 1 on a failure.
import { fuzz } from './run.js';

const [runs, seed] = process.argv.slice(2).map(Number);
console.log(`fuzzing ${runs} cases, seed ${seed}`);
const started = performance.now();
const result = fuzz(runs, seed);
if (result.failure) {
  const { case: c, violations, saved } = result.failure;
  console.error(`FAILED after ${result.runs} cases (seed ${seed}): ${c.origin} as ${c.fileName}`);
  for (const v of violations) console.error(`  ${v.property}: ${v.detail}`);
  console.error(`shrunk case saved as ${saved}`);
  process.exit(1);
}
console.log(`${result.runs} cases passed in ${Math.round((performance.now() - started) / 1000)} s`);
