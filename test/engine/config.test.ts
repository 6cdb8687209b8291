import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineRule, mergeConfig, resolveSeverity, validateConfig } from '../../rules/src/index.js';

const known = new Set(['k8s/a', 'k8s/b']);

describe('validateConfig', () => {
  it('accepts every documented setting', () => {
    const { config, problems } = validateConfig(
      { rules: { 'k8s/a': 'off', 'k8s/b': 'information' }, profile: 'baseline', kubernetesVersion: 'v1.30', trustedRegistries: ['ghcr.io'], exclude: ['vendor/**'], honorPeerSuppressions: false },
      known,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { rules: { 'k8s/a': 'off', 'k8s/b': 'info' }, profile: 'baseline', kubernetesVersion: '1.30', trustedRegistries: ['ghcr.io'], exclude: ['vendor/**'], honorPeerSuppressions: false });
  });

  it('reports unknown keys, unknown rule ids and wrong types', () => {
    const { problems } = validateConfig({ rulez: {}, rules: { 'k8s/zzz': 'off', 'k8s/a': 'loud' }, profile: 'strict', kubernetesVersion: 'latest', exclude: 'x', honorPeerSuppressions: 'yes' }, known);
    assert.deepEqual(problems.map((p) => p.path), ['rulez', 'rules.k8s/zzz', 'rules.k8s/a', 'profile', 'kubernetesVersion', 'exclude', 'honorPeerSuppressions']);
  });

  it('rejects a config that is not a mapping', () => {
    assert.equal(validateConfig([1], known).problems.length, 1);
    assert.deepEqual(validateConfig(null, known), { config: {}, problems: [] });
  });

  it('refuses a YAML number whose trailing zero was lost (1.30 reads as 1.3), accepts 1.29', () => {
    assert.match(validateConfig({ kubernetesVersion: 1.3 }, known).problems[0].message, /quoted string/);
    assert.equal(validateConfig({ kubernetesVersion: 1.29 }, known).config.kubernetesVersion, '1.29');
  });
});

describe('resolveSeverity', () => {
  const base = { fix: 'none' as const, risk: 'host' as const, title: 'Rule for tests', references: [], aliases: [], appliesTo: 'k8s' as const, check() {} };
  const on = defineRule({ ...base, id: 'k8s/on', severity: 'warning' });
  const off = defineRule({ ...base, id: 'k8s/off', severity: 'off', severityWhenOn: 'info' });
  const restricted = defineRule({ ...base, id: 'k8s/r', severity: 'warning', profile: 'restricted' });

  it('uses the default, the configured severity, and turns rules off', () => {
    assert.equal(resolveSeverity(on, mergeConfig()), 'warning');
    assert.equal(resolveSeverity(on, mergeConfig({ rules: { 'k8s/on': 'error' } })), 'error');
    assert.equal(resolveSeverity(on, mergeConfig({ rules: { 'k8s/on': 'off' } })), 'off');
    assert.equal(resolveSeverity(off, mergeConfig()), 'off');
    assert.equal(resolveSeverity(off, mergeConfig({ rules: { 'k8s/off': 'hint' } })), 'hint');
  });

  it('profile baseline turns restricted-only rules off unless configured', () => {
    assert.equal(resolveSeverity(restricted, mergeConfig({ profile: 'baseline' })), 'off');
    assert.equal(resolveSeverity(restricted, mergeConfig({ profile: 'baseline', rules: { 'k8s/r': 'error' } })), 'error');
    assert.equal(resolveSeverity(on, mergeConfig({ profile: 'baseline' })), 'warning');
  });

  it('`only` runs just the listed rules, including off-by-default ones', () => {
    const only = mergeConfig({ only: ['k8s/off'] });
    assert.equal(resolveSeverity(off, only), 'info');
    assert.equal(resolveSeverity(on, only), 'off');
  });

  it('later layers win, rules merge key by key', () => {
    const c = mergeConfig({ rules: { a: 'off', b: 'error' }, profile: 'baseline' }, { rules: { b: 'hint' } });
    assert.deepEqual(c.rules, { a: 'off', b: 'hint' });
    assert.equal(c.profile, 'baseline');
  });
});
