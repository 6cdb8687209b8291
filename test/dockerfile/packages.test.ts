import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modeBits } from '../../rules/src/dockerfile/file-modes.js';
import { packageCommands } from '../../rules/src/dockerfile/packages.js';
import { dockerfileContext } from './context.js';

describe('package commands', () => {
  it('recognises managers, actions and packages', () => {
    const ctx = dockerfileContext(
      'FROM a:1\nRUN apt-get -o Dpkg::Options::=--force-confnew -y install curl && apk --no-cache add --virtual .d gcc && dnf -y makecache && python3 -m pip install -r r.txt flask && pip3.12 install x && microdnf clean all && npm i -g y && gem install z -v 1\n',
    );
    const run = ctx.file.dockerfile!.getInstructions()[1];
    assert.deepEqual(
      packageCommands(ctx, run).map((c) => [c.manager, c.program, c.action, c.packages.map((p) => p.text)]),
      [
        ['apt', 'apt-get', 'install', ['curl']],
        ['apk', 'apk', 'install', ['gcc']],
        ['rpm', 'dnf', 'refresh', []],
        ['pip', 'pip', 'install', ['flask']],
        ['pip', 'pip3.12', 'install', ['x']],
        ['rpm', 'microdnf', 'clean', ['all']],
        ['npm', 'npm', 'install', ['y']],
        ['gem', 'gem', 'install', ['z']],
      ],
    );
  });
});

describe('file modes', () => {
  it('reads octal and symbolic modes as chmod does', () => {
    const pick = (m: string) => {
      const b = modeBits(m);
      return b && [b.setuid, b.setgid, b.sticky, b.otherWrite];
    };
    assert.deepEqual(pick('4755'), [true, false, false, false]);
    assert.deepEqual(pick('6777'), [true, true, false, true]);
    assert.deepEqual(pick('1777'), [false, false, true, true]);
    assert.deepEqual(pick('0755'), [false, false, false, false]);
    assert.deepEqual(pick('ug+s,o-w'), [true, true, false, false]);
    assert.deepEqual(pick('+w'), [false, false, false, false]);
    assert.deepEqual(pick('a=rwx'), [false, false, false, true]);
    assert.equal(pick('file.txt'), undefined);
  });
});
