import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kubeletConfigs, kubeletField } from '../../rules/src/kubernetes/kubelet.js';
import { podSpecs } from '../../rules/src/kubernetes/pod-specs.js';
import { userNamespaceRelaxed, windowsExempt } from '../../rules/src/kubernetes/pss.js';
import { contextFor, textOf } from './context.js';

describe('kubernetes/kubelet', () => {
  it('reads KubeletConfiguration fields by path; null and absent fields are unset', () => {
    const ctx = contextFor('apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\nauthentication:\n  anonymous:\n    enabled: true\nseccompDefault:\n---\napiVersion: v1\nkind: Pod\n');
    const [config] = kubeletConfigs(ctx);
    assert.equal(kubeletConfigs(ctx).length, 1);
    assert.equal(kubeletField(config, ['readOnlyPort'])!.value, 10255);
    const anon = kubeletField(config, ['authentication', 'anonymous', 'enabled'])!;
    assert.deepEqual([anon.value, textOf(ctx, anon.pair)], [true, 'enabled: true']);
    assert.equal(kubeletField(config, ['seccompDefault']), undefined);
    assert.equal(kubeletField(config, ['authorization', 'mode']), undefined);
  });
});

describe('kubernetes/pss', () => {
  const pods = 'apiVersion: v1\nkind: Pod\nspec: {os: {name: windows}, hostUsers: false, containers: []}\n';
  it('exempts Windows pods from 1.25', () => {
    for (const [version, exempt] of [['1.24', false], ['1.25', true]] as const) {
      const ctx = contextFor(pods, { config: { kubernetesVersion: version } });
      assert.equal(windowsExempt(ctx, podSpecs(ctx)[0]), exempt, version);
    }
  });
  it('relaxes user checks for hostUsers: false from 1.35', () => {
    for (const [version, relaxed] of [['1.34', false], ['1.35', true]] as const) {
      const ctx = contextFor(pods, { config: { kubernetesVersion: version } });
      assert.equal(userNamespaceRelaxed(ctx, podSpecs(ctx)[0]), relaxed, version);
    }
  });
});
