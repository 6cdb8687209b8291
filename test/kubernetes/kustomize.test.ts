import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isKustomizePatch, listedPatches } from '../../rules/src/kubernetes/kustomize.js';
import type { RuleContext, WorkspaceIndex } from '../../rules/src/index.js';
import { contextFor } from './context.js';

const PATCH = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n';

function workspace(files: Record<string, string>): WorkspaceIndex {
  return { exists: (p) => p in files, read: (p) => files[p] };
}

function ctxAt(fileName: string, ws: WorkspaceIndex | undefined): RuleContext {
  return { ...contextFor(PATCH, { fileName }), workspace: ws };
}

describe('kubernetes/kustomize', () => {
  it('reads patchesStrategicMerge and patches paths, skipping inline patches', () => {
    const k = 'resources: [deployment.yaml]\npatchesStrategicMerge:\n- ./replicas.yaml\n- |-\n  apiVersion: v1\n  kind: Service\npatches:\n- path: patches/limits.yaml\n  target: {kind: Deployment}\n- patch: |-\n    - op: remove\n      path: /spec/x\n';
    assert.deepEqual(listedPatches(k), ['replicas.yaml', 'patches/limits.yaml']);
    assert.deepEqual(listedPatches('not: [valid'), []);
  });

  it('a file listed in the kustomization of its directory is a patch', () => {
    const ws = workspace({ '/repo/overlays/prod/kustomization.yaml': 'patchesStrategicMerge: [replicas.yaml]\n' });
    assert.equal(isKustomizePatch(ctxAt('/repo/overlays/prod/replicas.yaml', ws)), true);
    assert.equal(isKustomizePatch(ctxAt('/repo/overlays/prod/deployment.yaml', ws)), false);
  });

  it('finds a kustomization one directory up that lists patches/<file>', () => {
    const ws = workspace({ 'C:\\repo\\prod\\kustomization.yml': 'patches:\n- path: patches/limits.yaml\n' });
    assert.equal(isKustomizePatch(ctxAt('C:\\repo\\prod\\patches\\limits.yaml', ws)), true);
    assert.equal(isKustomizePatch(ctxAt('C:\\repo\\prod\\other\\limits.yaml', ws)), false);
  });

  it('without a workspace that can read files, nothing is a patch', () => {
    assert.equal(isKustomizePatch(ctxAt('/repo/replicas.yaml', undefined)), false);
    assert.equal(isKustomizePatch(ctxAt('/repo/replicas.yaml', { exists: () => true })), false);
  });
});
