import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EOL_TABLE, eolDate, findEolRows } from '../../rules/src/dockerfile/eol-table.js';

describe('EOL_TABLE', () => {
  it('gives every row a real date and an https source', () => {
    for (const row of EOL_TABLE) {
      const label = `${row.image} ${row.release}`;
      assert.match(row.eol, /^\d{4}-\d{2}-\d{2}$/, label);
      assert.equal(eolDate(row).toISOString().slice(0, 10), row.eol, `${label}: not a calendar date`);
      assert.match(row.source, /^https:\/\/\S+$/, `${label}: source`);
      assert.ok(row.tags.length > 0, `${label}: tags`);
    }
  });

  it('lists each release of an image once', () => {
    const seen = new Set<string>();
    for (const row of EOL_TABLE) {
      for (const tag of row.tags) {
        const key = `${row.image}:${tag}`;
        assert.ok(!seen.has(key), `${key} is listed twice`);
        seen.add(key);
      }
    }
  });
});

describe('findEolRows', () => {
  const first = (image: string, tag?: string) => findEolRows(image, tag)[0]?.row.release;
  it('reads the release at the start of the tag', () => {
    assert.equal(first('node', '16-alpine'), 'Node.js 16');
    assert.equal(first('python', '3.7-slim-buster'), 'Python 3.7');
    assert.equal(first('alpine', '3.12.0'), 'Alpine Linux 3.12');
    assert.equal(first('debian', 'buster-slim'), 'Debian 10 (buster)');
    assert.equal(first('ubuntu', '18.04'), 'Ubuntu 18.04 (bionic)');
    assert.equal(first('golang', '1.21.5-bookworm'), 'Go 1.21');
  });
  it('falls back to a distribution named in the tag, then to image-wide rows', () => {
    assert.deepEqual(findEolRows('python', '3.10-slim-bullseye').map((m) => [m.row.release, m.viaVariant]), [['Python 3.10', false], ['Debian 11 (bullseye)', true]]);
    assert.equal(first('centos'), 'CentOS Linux');
    assert.equal(first('openjdk', '11'), 'the openjdk image');
  });
  it('does not match a longer version or another image', () => {
    assert.deepEqual(findEolRows('alpine', '3.120'), []);
    assert.deepEqual(findEolRows('node', '22-bookworm'), []);
    assert.deepEqual(findEolRows('rust', '1.80'), []);
  });
});
