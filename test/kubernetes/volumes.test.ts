import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostPathVolumes, isPathUnder, isRuntimeSocketPath, normalizeHostPath } from '../../rules/src/kubernetes/volumes.js';
import { contextFor } from './context.js';

describe('kubernetes/volumes', () => {
  it('normalises host paths as the node resolves them', () => {
    assert.equal(normalizeHostPath('/etc/kubernetes/'), '/etc/kubernetes');
    assert.equal(normalizeHostPath('//var/run/docker.sock'), '/run/docker.sock');
    assert.equal(normalizeHostPath('/opt/./../etc'), '/etc');
    assert.equal(normalizeHostPath('/'), '/');
    assert.equal(normalizeHostPath('/..'), '/');
    assert.equal(normalizeHostPath('relative/path'), undefined);
    assert.equal(normalizeHostPath('C:\\Windows'), undefined);
  });

  it('matches directories by whole path components', () => {
    assert.equal(isPathUnder('/etc/kubernetes/pki', '/etc'), true);
    assert.equal(isPathUnder('/etc', '/etc'), true);
    assert.equal(isPathUnder('/etcetera', '/etc'), false);
    assert.equal(isRuntimeSocketPath('/run/containerd/containerd.sock'), true);
    assert.equal(isRuntimeSocketPath('/run'), true);
    assert.equal(isRuntimeSocketPath('/run/lock'), false);
  });

  it('pairs each hostPath volume with the mounts of every container', () => {
    const ctx = contextFor('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: i, volumeMounts: [{name: h, mountPath: /a, readOnly: true}]}]\n  containers: [{name: c, volumeMounts: [{name: h, mountPath: /b}, {name: e, mountPath: /e}]}]\n  volumes: [{name: h, hostPath: {path: /var/log/}}, {name: e, emptyDir: {}}, {name: n, hostPath: null}]\n');
    const volumes = hostPathVolumes(ctx);
    assert.deepEqual(volumes.map((v) => [v.name, v.path, v.normalized]), [['h', '/var/log/', '/var/log']]);
    assert.deepEqual(volumes[0].mounts.map((m) => [m.container.name, m.readOnly]), [['i', true], ['c', false]]);
  });
});
