// The daemon.json model: property lookup and the edits that keep the file's own layout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, type RuleContext } from '../../rules/src/index.js';
import { addProperty, daemonConfig, missingKeyAnchor, property, removeProperty, rootObject, setValue, spanOfJson } from '../../rules/src/daemon/config.js';
import type { Edit } from '../../rules/src/types.js';
import { textAt, withContext } from '../compose/context.js';

const read = <T>(code: string, fn: (ctx: RuleContext) => T) => withContext('daemon', code, 'daemon.json', fn);

function edited(code: string, edit: (ctx: RuleContext) => Edit | null): string | null {
  const e = read(code, edit);
  return e && applyEdits(code, [e]);
}

describe('daemon.json accessors', () => {
  it('finds a top-level property with its key, value node and value; a repeated key takes its last value', () => {
    const code = '{"icc": true, "hosts": ["fd://"], "icc": false}';
    const icc = read(code, (ctx) => {
      const p = property(ctx, 'icc')!;
      return [textAt(code, spanOfJson(p.keyNode)), p.value, spanOfJson(p.valueNode!)];
    });
    assert.deepEqual(icc, ['"icc"', false, { start: 41, end: 46 }]);
    assert.deepEqual(read(code, (ctx) => property(ctx, 'hosts')?.value), ['fd://']);
    assert.equal(read(code, (ctx) => property(ctx, 'debug')), undefined);
  });

  it('has a root object only when the top level is an object', () => {
    assert.equal(read('{}', (ctx) => rootObject(ctx)?.type), 'object');
    assert.equal(read('[]', (ctx) => rootObject(ctx)), undefined);
    assert.deepEqual(read('  \n', (ctx) => [rootObject(ctx), daemonConfig(ctx).empty, missingKeyAnchor(ctx)]), [undefined, true, { start: 0, end: 0 }]);
  });

  it('does not look inside nested objects', () => {
    assert.equal(read('{"log-opts": {"icc": true}}', (ctx) => property(ctx, 'icc')), undefined);
  });
});

describe('daemon.json edits', () => {
  it('sets a value of any JSON type', () => {
    assert.equal(edited('{"log-level": "debug"}', (ctx) => setValue(ctx, property(ctx, 'log-level')!, 'info')), '{"log-level": "info"}');
    assert.equal(edited('{"dns": null}', (ctx) => setValue(ctx, property(ctx, 'dns')!, ['1.1.1.1'])), '{"dns": ["1.1.1.1"]}');
  });

  it('adds a property after the last one, at its indentation, even when a nested object ends the file', () => {
    const code = '{\n   "log-opts": {\n      "max-size": "10m"\n   }\n}\n';
    assert.equal(edited(code, (ctx) => addProperty(ctx, 'live-restore', true)), '{\n   "log-opts": {\n      "max-size": "10m"\n   },\n   "live-restore": true\n}\n');
  });

  it('adds to an empty file or an empty object', () => {
    assert.equal(edited('\n', (ctx) => addProperty(ctx, 'icc', false)), '{\n  "icc": false\n}\n');
    assert.equal(edited('{ }', (ctx) => addProperty(ctx, 'icc', false)), '{\n  "icc": false\n}');
  });

  it('removes a property that shares its line with the next one', () => {
    const code = '{\n  "a": 1, "b": 2,\n  "c": 3\n}';
    assert.equal(edited(code, (ctx) => removeProperty(ctx, property(ctx, 'a')!)), '{\n  "b": 2,\n  "c": 3\n}');
    assert.equal(edited(code, (ctx) => removeProperty(ctx, property(ctx, 'b')!)), '{\n  "a": 1, "c": 3\n}');
  });

  it('offers no edit on a file with errors, or without a root object', () => {
    const broken = '{\n  "icc": true, // on\n}';
    assert.deepEqual(read(broken, (ctx) => [setValue(ctx, property(ctx, 'icc')!, false), addProperty(ctx, 'x', 1), removeProperty(ctx, property(ctx, 'icc')!)]), [null, null, null]);
    assert.equal(read('[1]', (ctx) => addProperty(ctx, 'icc', false)), null);
  });
});
