import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASELINE_CAPABILITIES, capabilities, capabilityEntries, dropsAll } from '../../rules/src/kubernetes/capabilities.js';
import { allContainers, podAnnotations, podSpecs } from '../../rules/src/kubernetes/pod-specs.js';
import { allowedSeLinuxTypes } from '../../rules/src/kubernetes/pss.js';
import { explicitSettings } from '../../rules/src/kubernetes/security-context.js';
import { safeSince, safeSysctlsFor } from '../../rules/src/kubernetes/sysctls.js';
import { contextFor, textOf } from './context.js';

describe('kubernetes/pod-specs metadata', () => {
  it("reads the pod's own metadata: a Pod's, a template's, a CronJob's", () => {
    const ctx = contextFor(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, annotations: {a/x: "1"}}\nspec: {containers: []}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, annotations: {a/x: outer}}\nspec: {template: {metadata: {annotations: {a/x: inner, b: ~}}, spec: {containers: []}}}\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec: {jobTemplate: {spec: {template: {spec: {containers: []}}}}}\n',
    );
    const [p, d, c] = podSpecs(ctx);
    assert.deepEqual(podAnnotations(p, 'a/').map((a) => [a.key, a.value]), [['a/x', '1']]);
    assert.deepEqual(podAnnotations(d, '').map((a) => [a.key, a.value, textOf(ctx, a.pair.pair)]), [['a/x', 'inner', 'a/x: inner'], ['b', '', 'b: ~']]);
    assert.equal(c.metadata, undefined);
    assert.deepEqual(podAnnotations(c, ''), []);
  });
});

describe('kubernetes/pss tables', () => {
  it('grows the safe sysctls per version', () => {
    assert.equal(safeSysctlsFor(26).size, 5);
    assert.equal(safeSysctlsFor(27).size, 6);
    assert.equal(safeSysctlsFor(29).size, 10);
    assert.equal(safeSysctlsFor(32).size, 12);
    assert.equal(safeSysctlsFor(36).size, 12);
    assert.equal(safeSysctlsFor(37).size, 14);
    assert.deepEqual([safeSince('net.ipv4.tcp_wmem'), safeSince('kernel.shm_rmid_forced'), safeSince('kernel.msgmax')], [32, 0, undefined]);
  });

  it('adds container_engine_t from 1.31', () => {
    for (const [version, allowed] of [['1.30', false], ['1.31', true]] as const) {
      assert.equal(allowedSeLinuxTypes(contextFor('', { config: { kubernetesVersion: version } })).has('container_engine_t'), allowed, version);
    }
  });

  it('has the 13 baseline capabilities, exact case', () => {
    assert.equal(BASELINE_CAPABILITIES.size, 13);
    assert.equal(BASELINE_CAPABILITIES.has('chown'), false);
    assert.equal(BASELINE_CAPABILITIES.has('NET_RAW'), false);
  });
});

describe('kubernetes/capabilities and explicit settings', () => {
  it('reads add and drop lists, aliases resolved, and ALL exactly', () => {
    const ctx = contextFor('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    securityContext: {capabilities: {add: [&n NET_ADMIN, 3], drop: [all]}}\n  - name: b\n    securityContext: {capabilities: {add: [*n], drop: [ALL]}}\n  - name: c\n');
    const [a, b, c] = allContainers(ctx);
    assert.deepEqual(capabilityEntries(capabilities(a)!.addSeq, a).map((e) => e.name), ['NET_ADMIN', '3']);
    assert.deepEqual(capabilityEntries(capabilities(b)!.addSeq, b).map((e) => [e.name, textOf(ctx, e.node)]), [['NET_ADMIN', '*n']]);
    assert.deepEqual([dropsAll(capabilities(a), a), dropsAll(capabilities(b), b), dropsAll(capabilities(c), c)], [false, true, false]);
  });

  it('lists each written value of a shared field, pod level first', () => {
    const ctx = contextFor('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 0}\n  initContainers: [{name: i, securityContext: {runAsUser: 1}}]\n  containers: [{name: c}]\n');
    const [podSpec] = podSpecs(ctx);
    assert.deepEqual(explicitSettings(podSpec, allContainers(ctx), 'runAsUser').map((s) => [s.owner, s.object, s.value]), [['Pod/p', 'Pod/p', 0], ['Container "i"', 'Pod/p container/i', 1]]);
  });
});
