import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allContainers } from '../../rules/src/kubernetes/pod-specs.js';
import { containerSetting, effectiveSetting, podSetting } from '../../rules/src/kubernetes/security-context.js';
import { contextFor, textOf } from './context.js';

const pod = (podSc: string, containers: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: ${podSc}\n  containers:\n${containers}`;

describe('kubernetes/security-context', () => {
  it('takes a shared field from the container when it sets it, else from the pod', () => {
    const ctx = contextFor(pod('{runAsNonRoot: true, runAsUser: 1000}', '  - name: a\n    securityContext: {runAsUser: 0}\n  - name: b\n'));
    const [a, b] = allContainers(ctx);
    const aUser = effectiveSetting(a, 'runAsUser')!;
    assert.deepEqual([aUser.value, aUser.level, textOf(ctx, aUser.pair)], [0, 'container', 'runAsUser: 0']);
    const bUser = effectiveSetting(b, 'runAsUser')!;
    assert.deepEqual([bUser.value, bUser.level], [1000, 'pod']);
    assert.equal(effectiveSetting(a, 'runAsNonRoot')!.level, 'pod');
  });

  it('never falls back to the pod for container-only fields', () => {
    const ctx = contextFor(pod('{privileged: false, allowPrivilegeEscalation: false}', '  - name: a\n'));
    const [a] = allContainers(ctx);
    assert.equal(effectiveSetting(a, 'privileged'), undefined);
    assert.equal(effectiveSetting(a, 'allowPrivilegeEscalation'), undefined);
    assert.equal(podSetting(a.podSpec, 'privileged')!.value, false);
  });

  it('treats a field written as null as absent, and returns mappings as nodes', () => {
    const ctx = contextFor(pod('{seccompProfile: {type: RuntimeDefault}}', '  - name: a\n    securityContext:\n      runAsNonRoot:\n      seccompProfile: ~\n'));
    const [a] = allContainers(ctx);
    assert.equal(containerSetting(a, 'runAsNonRoot'), undefined);
    const seccomp = effectiveSetting(a, 'seccompProfile')!;
    assert.deepEqual([seccomp.level, seccomp.value, textOf(ctx, seccomp.node)], ['pod', undefined, '{type: RuntimeDefault}']);
  });

  it('marks values that come in through a merge key', () => {
    const ctx = contextFor(pod('&base {runAsUser: 5}', '  - name: a\n    securityContext:\n      <<: *base\n'));
    const [a] = allContainers(ctx);
    const user = containerSetting(a, 'runAsUser')!;
    assert.deepEqual([user.value, user.merged, user.level], [5, true, 'container']);
  });
});
