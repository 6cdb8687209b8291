import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allContainers, containers, podSpecs } from '../../rules/src/kubernetes/pod-specs.js';
import { contextFor, textOf } from './context.js';

const containerOnly = '{containers: [{name: c}]}';

describe('kubernetes/pod-specs', () => {
  it('finds the pod spec of every workload kind by its documented path', () => {
    const docs = [
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: ${containerOnly}`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {template: {spec: ${containerOnly}}}`,
      `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec: {template: {spec: ${containerOnly}}}`,
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ds}\nspec: {template: {spec: ${containerOnly}}}`,
      `apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: rs}\nspec: {template: {spec: ${containerOnly}}}`,
      `apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec: {template: {spec: ${containerOnly}}}`,
      `apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {template: {spec: ${containerOnly}}}`,
      `apiVersion: v1\nkind: PodTemplate\nmetadata: {name: pt}\ntemplate: {spec: ${containerOnly}}`,
      `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec: {jobTemplate: {spec: {template: {spec: ${containerOnly}}}}}`,
      `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec: {template: {spec: ${containerOnly}}}`,
    ];
    const ctx = contextFor(docs.join('\n---\n') + '\n');
    assert.deepEqual(podSpecs(ctx).map((p) => p.label), ['Pod/p', 'Deployment/d', 'StatefulSet/s', 'DaemonSet/ds', 'ReplicaSet/rs', 'ReplicationController/rc', 'Job/j', 'PodTemplate/pt', 'CronJob/cj', 'Rollout/r']);
  });

  it('ignores unknown kinds whose template has no containers, and kinds without a pod template', () => {
    const ctx = contextFor('apiVersion: x/v1\nkind: Thing\nspec: {template: {spec: {replicas: 1}}}\n---\napiVersion: v1\nkind: Service\nspec: {ports: []}\n---\napiVersion: v1\nkind: Pod\nspec: 3\n');
    assert.deepEqual(podSpecs(ctx), []);
  });

  it('finds pod specs inside kind: List items', () => {
    const ctx = contextFor(`apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: in-list}\n  spec: ${containerOnly}\n`);
    assert.deepEqual(podSpecs(ctx).map((p) => p.label), ['Pod/in-list']);
  });

  it('reads the pod securityContext, spec.os.name windows and hostUsers: false', () => {
    const ctx = contextFor('apiVersion: v1\nkind: Pod\nmetadata: {name: w}\nspec:\n  os: {name: windows}\n  hostUsers: false\n  securityContext: {runAsNonRoot: true}\n  containers: []\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: l}\nspec:\n  os: {name: linux}\n  hostUsers: "false"\n  containers: []\n');
    const [w, l] = podSpecs(ctx);
    assert.deepEqual([w.isWindows, w.hostUsersFalse, textOf(ctx, w.securityContext)], [true, true, '{runAsNonRoot: true}']);
    assert.deepEqual([l.isWindows, l.hostUsersFalse, l.securityContext], [false, false, undefined]);
  });

  it('lists init, regular and ephemeral containers with labels and anchors', () => {
    const ctx = contextFor('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: a\n  - image: nameless\n  initContainers:\n  - name: init\n  ephemeralContainers:\n  - name: debug\n  - {}\n');
    const found = containers(podSpecs(ctx)[0]);
    assert.deepEqual(found.map((c) => [c.list, c.name, c.label, textOf(ctx, c.anchor)]), [
      ['initContainers', 'init', 'Pod/p container/init', 'init'],
      ['containers', 'app', 'Pod/p container/app', 'app'],
      ['containers', '#2', 'Pod/p container/#2', 'image'],
      ['ephemeralContainers', 'debug', 'Pod/p container/debug', 'debug'],
      ['ephemeralContainers', '#2', 'Pod/p container/#2', '{}'],
    ]);
    assert.equal(allContainers(ctx).length, 5);
  });

  it('anchors a container whose name is an alias or merged in on its own text (found by the fuzzer)', () => {
    const ctx = contextFor('apiVersion: &v v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: &n web\n  - name: *n\n  - <<: {name: side}\n    image: x\n');
    const found = containers(podSpecs(ctx)[0]);
    const offsets = found.map((c) => c.anchor.range![0]);
    assert.deepEqual(found.map((c) => [c.name, textOf(ctx, c.anchor)]), [['web', 'web'], ['web', 'name'], ['side', '<<']]);
    // Each anchor is inside its own container, so two containers never share a finding's place.
    found.forEach((c, i) => assert.ok(offsets[i] >= c.node.range![0] && offsets[i] < c.node.range![1], `${c.name} #${i + 1}`));
  });

  it('resolves containers shared through an anchor', () => {
    const ctx = contextFor('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: &list\n  - name: shared\n  containers: *list\n');
    assert.deepEqual(allContainers(ctx).map((c) => `${c.list}/${c.name}`), ['initContainers/shared', 'containers/shared']);
  });
});
