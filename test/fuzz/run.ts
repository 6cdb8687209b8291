// One fuzzing campaign: mutated seeds and garbage through check(); the first failure is shrunk by
// fast-check and saved as a regression fixture. Shared by fuzz.test.ts and scripts/fuzz.mjs.
import fc from 'fast-check';
import { seeds } from './corpus.js';
import { garbage, mutated, type Case } from './mutations.js';
import { check, type Violation } from './properties.js';
import { regressionName, saveRegression } from './regressions.js';

export interface FuzzResult {
  runs: number;
  failure?: { case: Case; violations: Violation[]; saved: string; seed: number; path?: string };
}

export function fuzz(runs: number, seed: number): FuzzResult {
  const cases = fc.oneof({ arbitrary: mutated(seeds()), weight: 4 }, { arbitrary: garbage, weight: 1 })
    .map((c) => ({ ...c, fileName: regressionName(c.fileName) }));
  const result = fc.check(fc.property(cases, (c) => check(c.text, c.fileName).length === 0), { numRuns: runs, seed });
  if (!result.failed || !result.counterexample) return { runs: result.numRuns };
  const [shrunk] = result.counterexample;
  return {
    runs: result.numRuns,
    failure: { case: shrunk, violations: check(shrunk.text, shrunk.fileName), saved: saveRegression(shrunk.fileName, shrunk.text), seed, path: result.counterexamplePath ?? undefined },
  };
}
