import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OverlaidWorkspaceIndex, WorkspaceIndex } from '../../rules/src/index.js';
import { policiesInText, policySelects, workspacePolicies } from '../../rules/src/kubernetes/workspace-policies.js';

const POLICY = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Ingress]\n';

function index(files: Record<string, string>, reads: string[] = []): WorkspaceIndex {
  return {
    exists: (p) => p in files,
    read: (p) => {
      reads.push(p);
      return files[p];
    },
    files: () => Object.keys(files),
  };
}

/** `base` with `files` over it, as the server's snapshots are made (open documents over the disk). */
function overlaid(base: WorkspaceIndex, files: Record<string, string>): OverlaidWorkspaceIndex {
  const over = new Map(Object.entries(files));
  return {
    exists: (p) => over.has(p) || base.exists(p),
    read: (p) => over.get(p) ?? base.read!(p),
    files: () => [...base.files!(), ...[...over.keys()].filter((p) => !base.exists(p))],
    overlay: () => ({ base, files: over }),
  };
}

describe('kubernetes/workspace-policies', () => {
  it('summarizes the policies of a file, Kubernetes and other engines', () => {
    const text = POLICY + '---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: c, namespace: ops}\n---\napiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: g}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: NetworkPolicy}\n';
    assert.deepEqual(policiesInText('/w/a.yaml', text), [
      { label: 'NetworkPolicy/p', namespace: 'shop', clusterWide: false, podSelector: { matchLabels: { app: 'web' }, matchExpressions: [] }, policyTypes: ['Ingress'] },
      { label: 'CiliumNetworkPolicy/c', namespace: 'ops', clusterWide: false, podSelector: 'unknown', policyTypes: [] },
      { label: 'GlobalNetworkPolicy/g', namespace: undefined, clusterWide: true, podSelector: 'unknown', policyTypes: [] },
    ]);
  });

  it('parses a file once per text, and again when the text changes', () => {
    const first = policiesInText('/w/cache.yaml', POLICY);
    assert.equal(policiesInText('/w/cache.yaml', POLICY), first, 'same path and text: the cached result');
    const changed = policiesInText('/w/cache.yaml', POLICY.replace('shop', 'billing'));
    assert.notEqual(changed, first);
    assert.equal(changed[0].namespace, 'billing');
  });

  it('skips files that cannot hold policies without parsing them', () => {
    assert.deepEqual(policiesInText('/w/Dockerfile', POLICY), [], 'not YAML');
    assert.deepEqual(policiesInText('/w/b.yaml', 'apiVersion: v1\nkind: Service\n'), [], 'no NetworkPolicy mentioned');
    assert.deepEqual(policiesInText('/w/c.yaml', 'kind: NetworkPolicy\n: : ['), [], 'not a Kubernetes object');
  });

  it('reads each workspace file once per index, and leaves out the file being linted', () => {
    const reads: string[] = [];
    const ws = index({ '/w/app.yaml': POLICY, '/w/net.yml': POLICY.replace('name: p', 'name: q'), '/w/README.md': 'NetworkPolicy' }, reads);
    assert.deepEqual(workspacePolicies(ws, '/w/app.yaml')?.map((p) => p.label), ['NetworkPolicy/q']);
    assert.deepEqual(workspacePolicies(ws, 'C:\\w\\other.yaml')?.map((p) => p.label), ['NetworkPolicy/p', 'NetworkPolicy/q']);
    assert.deepEqual(reads, ['/w/app.yaml', '/w/net.yml'], 'only YAML files are read, once');
  });

  it('walks the base of overlaid indexes once, and reads only the overlaid files of each', () => {
    const reads: string[] = [];
    const base = index({ '/w/app.yaml': POLICY, '/w/net.yml': POLICY.replace('name: p', 'name: q'), '/w/web.yaml': 'kind: Deployment\n' }, reads);
    const labels = (ws: WorkspaceIndex, except = '/w/web.yaml') => workspacePolicies(ws, except)?.map((p) => p.label).sort();
    const typing = overlaid(base, { '/w/web.yaml': 'kind: Deployment\n# typed\n' });
    assert.deepEqual(labels(typing), ['NetworkPolicy/p', 'NetworkPolicy/q']);
    assert.deepEqual(reads.sort(), ['/w/app.yaml', '/w/net.yml', '/w/web.yaml'], 'the base, walked once');
    reads.length = 0;
    assert.deepEqual(labels(overlaid(base, { '/w/web.yaml': 'kind: Deployment\n# typed more\n' })), ['NetworkPolicy/p', 'NetworkPolicy/q']);
    assert.deepEqual(labels(overlaid(base, { '/w/app.yaml': 'kind: Deployment\n' })), ['NetworkPolicy/q'], 'an overlaid text replaces the base one');
    assert.deepEqual(labels(overlaid(base, { '/w/web.yaml': POLICY.replace('name: p', 'name: r') }), '/w/x.yaml'), ['NetworkPolicy/p', 'NetworkPolicy/q', 'NetworkPolicy/r']);
    assert.deepEqual(labels(overlaid(base, { '/elsewhere/n.yaml': POLICY.replace('name: p', 'name: s'), '/w/Dockerfile': 'FROM alpine\n' })), ['NetworkPolicy/p', 'NetworkPolicy/q', 'NetworkPolicy/s'], 'and adds files');
    assert.deepEqual(reads, [], 'no base file read again');
    assert.deepEqual(labels(overlaid(base, { '/w/app.yaml': POLICY })), labels(base), 'the same policies as a walk of the base');
  });

  it('knows nothing without an index that lists and reads files', () => {
    assert.equal(workspacePolicies(undefined, '/w/a.yaml'), undefined);
    assert.equal(workspacePolicies({ exists: () => false }, '/w/a.yaml'), undefined);
  });

  it('selects by namespace (omitted = default) and labels; unknown selectors may select', () => {
    const [policy] = policiesInText('/w/sel.yaml', POLICY);
    assert.equal(policySelects(policy, 'shop', { app: 'web' }), true);
    assert.equal(policySelects(policy, 'shop', { app: 'api' }), false);
    assert.equal(policySelects(policy, 'billing', { app: 'web' }), false);
    assert.equal(policySelects(policy, 'shop', 'unknown'), true);
    const [omitted] = policiesInText('/w/omitted.yaml', POLICY.replace(', namespace: shop', ''));
    assert.equal(policySelects(omitted, undefined, { app: 'web' }), true);
    assert.equal(policySelects(omitted, 'default', { app: 'web' }), true);
    assert.equal(policySelects(omitted, 'shop', { app: 'web' }), false);
  });
});
