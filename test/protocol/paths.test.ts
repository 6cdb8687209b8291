// The server core's path arithmetic (no Node `path`): POSIX paths, Windows paths and URI paths.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isExcludedPath } from '../../server/src/exclude-globs.js';
import { basename, dirname, isInside, join, relativeInside } from '../../server/src/paths.js';

describe('server path helpers', () => {
  it('splits and joins POSIX, Windows and URI paths with their own separator', () => {
    assert.equal(dirname('/w/app/Dockerfile'), '/w/app');
    assert.equal(dirname('/Dockerfile'), '/');
    assert.equal(dirname('C:\\w\\Dockerfile'), 'C:\\w');
    assert.equal(dirname('C:\\Dockerfile'), 'C:\\');
    assert.equal(dirname('vscode-vfs://github/o/r/Dockerfile'), 'vscode-vfs://github/o/r');
    assert.equal(basename('C:\\w\\Dockerfile'), 'Dockerfile');
    assert.equal(join('C:\\w', '.shipshape.yaml'), 'C:\\w\\.shipshape.yaml');
    assert.equal(join('/w/', '.shipshape.yaml'), '/w/.shipshape.yaml');
  });

  it('tells whether a path is inside a folder, by whole segments', () => {
    assert.equal(isInside('/w/app/Dockerfile', '/w'), true);
    assert.equal(isInside('/w', '/w'), true);
    assert.equal(isInside('/work/Dockerfile', '/w'), false);
    assert.equal(isInside('c:\\W\\x', 'C:\\w'), true, 'drive paths compare without case');
    assert.equal(relativeInside('/w', '/w/a/b.yaml'), 'a/b.yaml');
    assert.equal(relativeInside('/w', '/x/b.yaml'), undefined);
  });

  it('matches exclude globs like the CLI: names at any depth, and files inside excluded folders', () => {
    assert.equal(isExcludedPath('/w/vendor/a/Dockerfile', ['vendor'], '/w'), true);
    assert.equal(isExcludedPath('/w/a/b.generated.yaml', ['*.generated.yaml'], '/w'), true);
    assert.equal(isExcludedPath('/w/k8s/x.yaml', ['k8s/**'], '/w'), true);
    assert.equal(isExcludedPath('/w/app/k8s/x.yaml', ['k8s/**'], '/w'), false);
    assert.equal(isExcludedPath('/other/vendor/Dockerfile', ['vendor'], '/w'), false);
  });
});
