// Young-generation collection in the debounce's pause (server/src/idle-collection.ts) and Node's
// hook for it (server/src/young-collector.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';
import { IdleCollection } from '../../server/src/idle-collection.js';
import { youngCollector } from '../../server/src/young-collector.js';

/** An IdleCollection whose deferred runs wait until the test calls `flush`. */
function setup(collect: () => void = () => {}) {
  const queued: (() => void)[] = [];
  let collections = 0;
  const idle = new IdleCollection(
    () => {
      collections++;
      collect();
    },
    (run) => queued.push(run),
  );
  const flush = () => queued.splice(0).forEach((run) => run());
  return { idle, flush, collections: () => collections, queued: () => queued.length };
}

describe('IdleCollection', () => {
  it('collects nothing before any lint ran', () => {
    const { idle, flush, collections, queued } = setup();
    idle.waiting();
    assert.equal(queued(), 0);
    flush();
    assert.equal(collections(), 0);
  });

  it('collects once in the pause after a lint, however many changes arrive in it', () => {
    const { idle, flush, collections, queued } = setup();
    idle.linted();
    idle.waiting();
    idle.waiting();
    assert.equal(queued(), 1, 'deferred past the change that asked, once');
    assert.equal(collections(), 0);
    flush();
    assert.equal(collections(), 1);
    idle.waiting();
    flush();
    assert.equal(collections(), 1, 'no lint since: nothing new to collect');
    idle.linted();
    idle.waiting();
    flush();
    assert.equal(collections(), 2);
  });

  it('survives a collector that throws, and collects again after the next lint', () => {
    const { idle, flush, collections } = setup(() => {
      throw new Error('not available');
    });
    idle.linted();
    idle.waiting();
    assert.doesNotThrow(flush);
    idle.linted();
    idle.waiting();
    flush();
    assert.equal(collections(), 2);
  });
});

describe('youngCollector (Node)', () => {
  it('runs a minor collection when called', async () => {
    const collect = youngCollector();
    assert.ok(collect, 'Node provides the hook');
    const seen: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
    observer.observe({ entryTypes: ['gc'] });
    let started = 0;
    let ended = 0;
    try {
      started = performance.now();
      collect();
      ended = performance.now();
      // GC entries are delivered asynchronously.
      for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      observer.disconnect();
    }
    // Only a collection that started inside the call counts: others happen on their own.
    const inside = seen.filter((e) => e.startTime >= started && e.startTime <= ended);
    const kinds = inside.map((e) => (e as PerformanceEntry & { detail: { kind: number } }).detail.kind);
    assert.deepEqual(kinds, [constants.NODE_PERFORMANCE_GC_MINOR]);
  });

  it('leaves the global scope without a gc function', () => {
    youngCollector();
    assert.equal((globalThis as { gc?: unknown }).gc, undefined);
  });
});
