// The server's view of the workspace: what rules read (a new snapshot object after every change,
// open documents' texts over the disk's) and the dependency stamp (changes exactly when a file
// other files' findings depend on changes its effective text).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkspaceIndex } from '../../rules/src/index.js';
import { workspacePolicies } from '../../rules/src/kubernetes/workspace-policies.js';
import { isLintableFile, WorkspaceState } from '../../server/src/workspace-state.js';

const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\n';
const POLICY = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  podSelector: {}\n';

/** The workspace as the contract states it: the disk with the open texts winning. */
class Model {
  readonly disk = new Map<string, string>();
  readonly open = new Map<string, string>();

  texts(): Map<string, string> {
    const texts = new Map(this.disk);
    for (const [path, text] of this.open) texts.set(path, text);
    return texts;
  }

  /** Every dependency with its effective text, in path order. */
  dependencies(): string {
    const isDependency = (path: string, text: string) => /(^|\/)([^/]*\.dockerignore|kustomization\.ya?ml|Kustomization)$/.test(path) || (/\.ya?ml$/i.test(path) && text.includes('NetworkPolicy'));
    return JSON.stringify([...this.texts()].filter(([path, text]) => isDependency(path, text)).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

function assertSnapshotIs(snapshot: WorkspaceIndex, model: Model, paths: string[], step: string): void {
  const texts = model.texts();
  for (const path of paths) {
    assert.equal(snapshot.read!(path), texts.get(path), `${step}: read ${path}`);
    assert.equal(snapshot.exists(path), texts.has(path), `${step}: exists ${path}`);
  }
  assert.deepEqual([...snapshot.files!()], [...texts.keys()].filter((p) => isLintableFile(p)), `${step}: files`);
}

/** A small deterministic generator (LCG), so a failing sequence can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

describe('server/workspace-state', () => {
  it('makes a new snapshot object after every change, and keeps it while nothing changes', () => {
    const state = new WorkspaceState();
    const first = state.snapshot();
    assert.equal(state.snapshot(), first);
    assert.equal(state.setDisk('/w/a.yaml', DEPLOYMENT), true);
    const afterDisk = state.snapshot();
    assert.notEqual(afterDisk, first);
    assert.equal(state.setDisk('/w/a.yaml', DEPLOYMENT), false, 'same text: no change');
    assert.equal(state.snapshot(), afterDisk);
    assert.equal(state.setOpen('/w/a.yaml', DEPLOYMENT + '# typed\n'), true);
    const afterOpen = state.snapshot();
    assert.notEqual(afterOpen, afterDisk);
    assert.equal(state.setOpen('/w/a.yaml', DEPLOYMENT + '# typed\n'), false);
    assert.equal(state.snapshot(), afterOpen);
    state.setOpen('/w/a.yaml', DEPLOYMENT + '# typed again\n');
    const afterTyping = state.snapshot();
    assert.notEqual(afterTyping, afterOpen);
    state.setOpen('/w/a.yaml', undefined);
    assert.notEqual(state.snapshot(), afterTyping, 'closing');
    const afterClose = state.snapshot();
    state.deleteDisk('/w/a.yaml');
    assert.notEqual(state.snapshot(), afterClose, 'deleting');
    assert.equal(state.deleteDisk('/w/a.yaml'), false, 'already gone');
  });

  it('snapshots read what they read when made, whatever changes later', () => {
    const state = new WorkspaceState();
    state.setDisk('/w/a.yaml', DEPLOYMENT);
    state.setDisk('/w/Dockerfile', 'FROM alpine\n');
    const before = state.snapshot();
    state.setOpen('/w/a.yaml', POLICY);
    state.setOpen('/elsewhere/b.yaml', POLICY);
    state.setDisk('/w/Dockerfile', 'FROM debian\n');
    state.deleteDisk('/w/a.yaml');
    assert.equal(before.read!('/w/a.yaml'), DEPLOYMENT);
    assert.equal(before.read!('/w/Dockerfile'), 'FROM alpine\n');
    assert.equal(before.exists('/elsewhere/b.yaml'), false);
    assert.deepEqual([...before.files!()], ['/w/a.yaml', '/w/Dockerfile']);
    const after = state.snapshot();
    assert.equal(after.read!('/w/a.yaml'), POLICY, 'deleted from disk, still open');
    assert.deepEqual([...after.files!()], ['/w/Dockerfile', '/w/a.yaml', '/elsewhere/b.yaml'], 'disk files first, then open files the disk lacks');
  });

  it('reads as the disk with the open texts over it, and stamps exactly the dependency changes, whatever the sequence', () => {
    const paths = ['/w/Dockerfile', '/w/.dockerignore', '/w/api.dockerignore', '/w/k8s/app.yaml', '/w/k8s/net.yml', '/w/kustomization.yaml', '/w/.shipshape.yaml', '/w/compose.yaml', '/w/README.md', '/outside/x.yaml'];
    const texts = [DEPLOYMENT, POLICY, POLICY + '# edited\n', 'node_modules\n', '', 'resources: [app.yaml]\n'];
    const next = random(7);
    const state = new WorkspaceState();
    const model = new Model();
    let stamp = state.dependencyStamp();
    let dependencies = model.dependencies();
    let snapshot = state.snapshot();
    for (let step = 0; step < 2000; step++) {
      const path = paths[next(paths.length)];
      const text = texts[next(texts.length)];
      let changed: boolean;
      let op: string;
      switch (next(4)) {
        case 0:
          op = `setDisk ${path}`;
          changed = state.setDisk(path, text);
          assert.equal(changed, model.disk.get(path) !== text, op);
          model.disk.set(path, text);
          break;
        case 1:
          op = `deleteDisk ${path}`;
          changed = state.deleteDisk(path);
          assert.equal(changed, model.disk.delete(path), op);
          break;
        case 2:
          op = `open ${path}`;
          changed = state.setOpen(path, text);
          assert.equal(changed, model.open.get(path) !== text, op);
          model.open.set(path, text);
          break;
        default:
          op = `close ${path}`;
          changed = state.setOpen(path, undefined);
          assert.equal(changed, model.open.delete(path), op);
      }
      const where = `step ${step} (${op})`;
      const current = state.snapshot();
      if (changed) assert.notEqual(current, snapshot, `${where}: a new snapshot`);
      else assert.equal(current, snapshot, `${where}: the same snapshot`);
      snapshot = current;
      assertSnapshotIs(snapshot, model, paths, where);
      const nowDependencies = model.dependencies();
      const nowStamp = state.dependencyStamp();
      assert.equal(nowStamp !== stamp, nowDependencies !== dependencies, `${where}: the stamp changes iff a dependency's effective text does`);
      stamp = nowStamp;
      dependencies = nowDependencies;
    }
  });

  describe('dependency stamp', () => {
    function stamps() {
      const state = new WorkspaceState();
      let last = state.dependencyStamp();
      /** Whether the stamp moved since the last call. */
      const moved = () => {
        const now = state.dependencyStamp();
        const changed = now !== last;
        last = now;
        return changed;
      };
      return { state, moved };
    }

    it('follows an open dependency over its disk text, and the disk again once closed', () => {
      const { state, moved } = stamps();
      state.setDisk('/w/net.yaml', POLICY);
      assert.equal(moved(), true, 'a policy on disk');
      state.setOpen('/w/net.yaml', POLICY);
      assert.equal(moved(), false, 'opened with the disk text');
      state.setOpen('/w/net.yaml', POLICY + '# typing\n');
      assert.equal(moved(), true, 'typing in it');
      state.setDisk('/w/net.yaml', POLICY + '# saved elsewhere\n');
      assert.equal(moved(), false, 'the disk text changed under the open text');
      state.setOpen('/w/net.yaml', undefined);
      assert.equal(moved(), true, 'closed: the disk text counts again');
      state.setOpen('/w/net.yaml', POLICY + '# saved elsewhere\n');
      state.setOpen('/w/net.yaml', undefined);
      assert.equal(moved(), false, 'opened and closed with the disk text');
    });

    it('ignores edits to files no other file depends on', () => {
      const { state, moved } = stamps();
      state.setDisk('/w/app.yaml', DEPLOYMENT);
      state.setDisk('/w/Dockerfile', 'FROM alpine\n');
      assert.equal(moved(), false);
      state.setOpen('/w/app.yaml', DEPLOYMENT + '# typing\n');
      state.setOpen('/w/Dockerfile', 'FROM debian\n');
      state.setOpen('/w/app.yaml', undefined);
      state.deleteDisk('/w/Dockerfile');
      assert.equal(moved(), false);
    });

    it('moves when a file becomes or ceases to be a dependency, and when one is deleted', () => {
      const { state, moved } = stamps();
      state.setDisk('/w/app.yaml', DEPLOYMENT);
      moved();
      state.setOpen('/w/app.yaml', DEPLOYMENT + '---\n' + POLICY);
      assert.equal(moved(), true, 'a policy typed in');
      state.setOpen('/w/app.yaml', DEPLOYMENT);
      assert.equal(moved(), true, 'the policy removed');
      state.setDisk('/w/.dockerignore', '');
      assert.equal(moved(), true, 'a .dockerignore, even empty');
      state.deleteDisk('/w/.dockerignore');
      assert.equal(moved(), true, 'deleted');
      state.setOpen('/w/kustomization.yaml', 'resources: []\n');
      assert.equal(moved(), true, 'an open kustomization the disk lacks');
      state.setOpen('/w/kustomization.yaml', undefined);
      assert.equal(moved(), true, 'closed, and not on disk');
      state.setDisk('/w/README.md', POLICY);
      assert.equal(moved(), false, 'not YAML');
    });
  });

  it('gives rules the policies a walk of the whole snapshot finds', () => {
    const state = new WorkspaceState();
    for (let i = 0; i < 20; i++) state.setDisk(`/w/svc-${i}/deploy.yaml`, i % 5 === 0 ? POLICY.replace('name: p', `name: p${i}`) : DEPLOYMENT);
    const labels = (index: WorkspaceIndex) => workspacePolicies(index, '/w/svc-1/deploy.yaml')!.map((p) => p.label).sort();
    /** The same snapshot as a plain index: rules walk every file. */
    const plain = (index: WorkspaceIndex): WorkspaceIndex => ({ exists: (p) => index.exists(p), read: (p) => index.read!(p), files: () => index.files!() });
    const views = [
      () => state.setOpen('/w/svc-1/deploy.yaml', DEPLOYMENT + '# typing\n'),
      () => state.setOpen('/w/svc-0/deploy.yaml', DEPLOYMENT),
      () => state.setOpen('/w/svc-2/deploy.yaml', POLICY.replace('name: p', 'name: typed')),
      () => state.setOpen('/elsewhere/net.yaml', POLICY.replace('name: p', 'name: outside')),
      () => state.setDisk('/w/svc-5/deploy.yaml', DEPLOYMENT),
      () => state.setOpen('/w/svc-0/deploy.yaml', undefined),
    ];
    for (const change of views) {
      change();
      const snapshot = state.snapshot();
      assert.deepEqual(labels(snapshot), labels(plain(snapshot)));
    }
    assert.deepEqual(labels(state.snapshot()), ['NetworkPolicy/outside', 'NetworkPolicy/p0', 'NetworkPolicy/p10', 'NetworkPolicy/p15', 'NetworkPolicy/typed']);
  });
});
