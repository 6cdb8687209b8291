import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resources } from '../../rules/src/kubernetes/resources.js';
import { contextFor, textOf } from './context.js';

describe('kubernetes/resources', () => {
  it('reads one object per document with kind, apiVersion, name, namespace and label', () => {
    const ctx = contextFor('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\n---\napiVersion: v1\nkind: ConfigMap\n');
    const found = resources(ctx);
    assert.deepEqual(found.map((r) => [r.kind, r.apiVersion, r.name, r.namespace, r.label]), [
      ['Pod', 'v1', 'web', 'shop', 'Pod/web'],
      ['ConfigMap', 'v1', undefined, undefined, 'ConfigMap'],
    ]);
    assert.equal(textOf(ctx, found[0].kindNode), 'Pod');
  });

  it('expands the items of kind: List and typed lists, skipping items without a kind', () => {
    const ctx = contextFor('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n- just: text\n- apiVersion: v1\n  kind: PodList\n  items:\n  - {apiVersion: v1, kind: Pod, metadata: {name: b}}\n');
    assert.deepEqual(resources(ctx).map((r) => r.label), ['Service/a', 'Pod/b']);
  });

  it('uses generateName when there is no name', () => {
    const ctx = contextFor('apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: backup-\n');
    assert.equal(resources(ctx)[0].label, 'Job/backup-');
  });

  it('ignores documents that are not Kubernetes objects and survives odd shapes', () => {
    const ctx = contextFor('- a\n- b\n---\nkind: [Pod]\napiVersion: v1\n---\napiVersion: v1\nkind: List\nitems: 3\n');
    assert.deepEqual(resources(ctx), []);
  });

  it('reads only Kubernetes documents, whichever rule kind asks first (the memo is per file)', () => {
    const ctx = contextFor('apiVersion: v1\nkind: Config\nclusters: []\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n', { kind: 'kubeconfig' });
    assert.deepEqual(resources(ctx).map((r) => r.label), ['Pod/p']);
  });

  it('is built once per file', () => {
    const ctx = contextFor('apiVersion: v1\nkind: Pod\n');
    assert.equal(resources(ctx), resources(ctx));
  });
});
