// Node's hook for a young-generation collection (idle-collection.ts). V8 offers it as the `gc`
// function of contexts created once `--expose-gc` is set; setting the flag here, rather than asking
// every launcher (the client, the benchmarks, tests) to pass it, keeps the server the same however
// it is started. The main context's globals are untouched: only this module holds the function.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { YoungCollector } from './idle-collection.js';

type V8Gc = (options: { type: 'minor' | 'major' }) => void;

/** A minor-collection function, or undefined where the runtime does not provide one. */
export function youngCollector(): YoungCollector | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('typeof gc === "function" ? gc : undefined') as V8Gc | undefined;
    return gc ? () => gc({ type: 'minor' }) : undefined;
  } catch {
    return undefined;
  }
}
