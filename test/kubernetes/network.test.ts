import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { podLabels, readLabelSelector, readNetworkPolicy, selectorMatches } from '../../rules/src/kubernetes/network.js';
import { resources } from '../../rules/src/kubernetes/resources.js';
import { getIn } from '../../rules/src/yaml/nodes.js';
import { contextFor } from './context.js';

function selector(yaml: string) {
  const ctx = contextFor(`apiVersion: v1\nkind: X\nsel: ${yaml}\n`);
  const r = resources(ctx)[0];
  return readLabelSelector(getIn(r.node, ['sel'], r.doc), r.doc);
}

describe('kubernetes/network', () => {
  it('reads matchLabels and matchExpressions; absent or null selectors select everything', () => {
    assert.deepEqual(selector('{matchLabels: {app: web}, matchExpressions: [{key: tier, operator: In, values: [a, 1]}]}'), {
      matchLabels: { app: 'web' },
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', '1'] }],
    });
    assert.deepEqual(selector('null'), { matchLabels: {}, matchExpressions: [] });
    assert.deepEqual(selector('{}'), { matchLabels: {}, matchExpressions: [] });
  });

  it('gives up (unknown) on shapes it cannot read exactly', () => {
    assert.equal(selector('"{{ .Values.selector }}"'), 'unknown');
    assert.equal(selector('{matchLabels: {app: [web]}}'), 'unknown');
    assert.equal(selector('{matchExpressions: [{key: a}]}'), 'unknown');
    assert.equal(selector('{matchExpressions: {key: a, operator: Exists}}'), 'unknown');
  });

  it('matches labels as apimachinery does', () => {
    const labels = { app: 'web', tier: 'front' };
    const sel = (matchLabels: Record<string, string>, matchExpressions: { key: string; operator: string; values: string[] }[] = []) => ({ matchLabels, matchExpressions });
    assert.equal(selectorMatches(sel({}), labels), true);
    assert.equal(selectorMatches(sel({ app: 'web' }), labels), true);
    assert.equal(selectorMatches(sel({ app: 'api' }), labels), false);
    assert.equal(selectorMatches(sel({}, [{ key: 'app', operator: 'In', values: ['api', 'web'] }]), labels), true);
    assert.equal(selectorMatches(sel({}, [{ key: 'zone', operator: 'In', values: ['a'] }]), labels), false);
    assert.equal(selectorMatches(sel({}, [{ key: 'zone', operator: 'NotIn', values: ['a'] }]), labels), true, 'NotIn matches a missing label');
    assert.equal(selectorMatches(sel({}, [{ key: 'tier', operator: 'NotIn', values: ['front'] }]), labels), false);
    assert.equal(selectorMatches(sel({}, [{ key: 'tier', operator: 'Exists', values: [] }]), labels), true);
    assert.equal(selectorMatches(sel({}, [{ key: 'tier', operator: 'DoesNotExist', values: [] }]), labels), false);
    assert.equal(selectorMatches(sel({}, [{ key: 'tier', operator: 'Gt', values: ['1'] }]), labels), false, 'an operator the API rejects matches nothing');
    assert.equal(selectorMatches('unknown', labels), undefined);
    assert.equal(selectorMatches(sel({}), 'unknown'), undefined);
  });

  it('reads the labels of each kind of workload from its pod template', () => {
    const ctx = contextFor(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: p}}\n---\n' +
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, labels: {owner: me}}\nspec:\n  template:\n    metadata: {labels: {app: d}}\n---\n' +
        'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata: {labels: {app: c}}\n---\n' +
        'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec: {}\n---\n' +
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  template:\n    metadata: {labels: "{{ .Values.labels }}"}\n',
    );
    assert.deepEqual(resources(ctx).map(podLabels), [{ app: 'p' }, { app: 'd' }, { app: 'c' }, {}, 'unknown']);
  });

  it('defaults policyTypes as the API server does', () => {
    const types = (spec: string) => {
      const ctx = contextFor(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: n}\nspec:\n${spec}`);
      return readNetworkPolicy(resources(ctx)[0])?.policyTypes;
    };
    assert.deepEqual(types('  podSelector: {}\n'), ['Ingress']);
    assert.deepEqual(types('  podSelector: {}\n  egress: []\n'), ['Ingress'], 'an empty egress list is no egress rule');
    assert.deepEqual(types('  podSelector: {}\n  egress: [{}]\n'), ['Ingress', 'Egress']);
    assert.deepEqual(types('  podSelector: {}\n  policyTypes: [Egress]\n  ingress: [{}]\n'), ['Egress']);
    assert.deepEqual(types('  podSelector: {}\n  policyTypes: []\n  egress: [{}]\n'), ['Ingress', 'Egress'], 'an empty list is defaulted too');
  });

  it('reads only NetworkPolicies of networking.k8s.io', () => {
    const ctx = contextFor('apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: c}\n');
    assert.equal(readNetworkPolicy(resources(ctx)[0]), undefined);
  });
});
