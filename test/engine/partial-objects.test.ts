// A Kustomize patch is a partial object: "missing field" findings are dropped there (the base may
// set the field), while values the patch itself writes are still judged.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint, type WorkspaceIndex } from '../../rules/src/index.js';

const PATCH = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          securityContext:\n            privileged: true\n';

function workspace(kustomization: string): WorkspaceIndex {
  const files: Record<string, string> = { '/repo/overlay/kustomization.yaml': kustomization };
  return { exists: (p) => p in files, read: (p) => files[p], files: () => Object.keys(files) };
}

const rulesOf = (findings: { rule: string }[]) => new Set(findings.map((f) => f.rule));

it('drops missing-field findings in a file listed under patches', () => {
  const found = rulesOf(lint(PATCH, '/repo/overlay/patch.yaml', { workspace: workspace('patches:\n  - path: patch.yaml\n') }));
  assert.ok(found.has('k8s/privileged-container'), 'a value the patch writes is judged');
  for (const id of ['k8s/allow-privilege-escalation', 'k8s/run-as-non-root', 'k8s/seccomp-profile-missing', 'k8s/capabilities-not-dropped', 'k8s/read-only-root-filesystem', 'k8s/resource-limits']) {
    assert.ok(!found.has(id), `${id} must not judge a field the base may set`);
  }
});

it('keeps them for a file the kustomization lists as a resource', () => {
  const found = rulesOf(lint(PATCH, '/repo/overlay/patch.yaml', { workspace: workspace('resources:\n  - patch.yaml\n') }));
  assert.ok(found.has('k8s/allow-privilege-escalation'));
  assert.ok(found.has('k8s/run-as-non-root'));
});
