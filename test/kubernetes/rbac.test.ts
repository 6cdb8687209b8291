import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bindings, coversGroup, grantedVerbs, namedResourceEntry, policyRules, resourceEntry, roles, subjectsText, verbEntry } from '../../rules/src/kubernetes/rbac.js';
import { contextFor, textOf } from './context.js';

const ROLE = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: r}\nrules:\n';

describe('kubernetes/rbac', () => {
  it('reads the rules of Roles and ClusterRoles, skipping values that are not strings', () => {
    const ctx = contextFor(ROLE + '  - apiGroups: ["", apps]\n    resources: [pods, "pods/log", [nested]]\n    verbs: [get]\n    resourceNames: [a]\n  - not a map\n  - {verbs: ["*"], nonResourceURLs: ["*"]}\n');
    const rules = policyRules(ctx);
    assert.deepEqual(rules.map((r) => [r.number, r.apiGroups.map((e) => e.value), r.resources.map((e) => e.value), r.verbs.map((e) => e.value), r.resourceNames]), [
      [1, ['', 'apps'], ['pods', 'pods/log'], ['get'], ['a']],
      [3, [], [], ['*'], []],
    ]);
    assert.equal(textOf(ctx, rules[0].resources[0].node), 'pods');
  });

  it('has no rules for an aggregated ClusterRole, and ignores kinds of other API groups', () => {
    const ctx = contextFor(ROLE.replace('rules:\n', 'aggregationRule: {clusterRoleSelectors: []}\nrules:\n') + '  - {apiGroups: [""], resources: [pods], verbs: [get]}\n---\napiVersion: example.com/v1\nkind: Role\nmetadata: {name: x}\nrules: [{apiGroups: [""], resources: [pods], verbs: [get]}]\n');
    assert.deepEqual(roles(ctx).map((r) => [r.resource.label, r.aggregated, r.rules.length]), [['ClusterRole/r', true, 0]]);
  });

  it('matches verbs, groups and resources like the RBAC authorizer', () => {
    const ctx = contextFor(ROLE + '  - {apiGroups: ["*"], resources: [secrets, "*/exec", "pods/*"], verbs: ["*", get]}\n  - {apiGroups: [apps], resources: ["*"], verbs: [list]}\n');
    const [a, b] = policyRules(ctx);
    assert.equal(verbEntry(a, 'get')?.value, 'get', 'the verb itself before "*"');
    assert.equal(verbEntry(a, 'delete')?.value, '*');
    assert.equal(verbEntry(b, 'get'), undefined);
    assert.deepEqual(grantedVerbs(b, ['get', 'list', 'watch']), ['list']);
    assert.equal(coversGroup(a, ''), true);
    assert.equal(coversGroup(b, ''), false);
    assert.equal(namedResourceEntry(a, 'pods/exec')?.value, '*/exec');
    assert.equal(namedResourceEntry(a, 'pods/attach'), undefined, '"pods/*" is not a pattern');
    assert.equal(namedResourceEntry(a, 'secrets')?.value, 'secrets');
    assert.equal(namedResourceEntry(b, 'deployments'), undefined, 'the bare "*" is not a named resource');
    assert.equal(resourceEntry(b, 'deployments')?.value, '*');
  });

  it('reads bindings: roleRef and subjects', () => {
    const ctx = contextFor('apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b, namespace: shop}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit}\nsubjects:\n  - {kind: User, name: jane}\n  - {kind: ServiceAccount, name: ci, namespace: build}\n  - {kind: Group}\n  - {kind: Group, name: a}\n  - {kind: Group, name: b}\n');
    const [binding] = bindings(ctx);
    assert.deepEqual([binding.roleKind, binding.roleName, textOf(ctx, binding.roleNameNode)], ['ClusterRole', 'edit', 'edit']);
    assert.deepEqual(binding.subjects.map((s) => [s.kind, s.name, s.namespace]), [
      ['User', 'jane', undefined],
      ['ServiceAccount', 'ci', 'build'],
      ['Group', 'a', undefined],
      ['Group', 'b', undefined],
    ]);
    assert.equal(subjectsText(binding), 'User jane, ServiceAccount ci, Group a and 1 more');
  });

  it('anchors a roleRef without a name on its key', () => {
    const ctx = contextFor('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: b}\nroleRef: {kind: ClusterRole}\n');
    const [binding] = bindings(ctx);
    assert.equal(textOf(ctx, binding.roleNameNode), 'roleRef');
    assert.equal(subjectsText(binding), 'its subjects');
  });
});
