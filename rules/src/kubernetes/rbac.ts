// RBAC objects: the rules of Roles and ClusterRoles, and the roleRef and subjects of bindings.
// Matching follows the API server's RBAC authorizer (pkg/apis/rbac/v1/evaluation_helpers.go):
// `*` matches every verb, resource (subresources included) or API group; `*/<sub>` matches that
// subresource of every resource; nothing else is a pattern (`pods/*` matches only a resource
// literally named so).
import type { RuleContext } from '../rule.js';
import { asMap, findPair, getNode, isSeq, items, stringValue, type YMap, type YNode } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import { apiGroupOf } from './network.js';
import { resources, type Resource } from './resources.js';

const RBAC_GROUP = 'rbac.authorization.k8s.io';
export const WILDCARD = '*';

/** One string of a list field, with its node for reporting. */
export interface Entry {
  value: string;
  node: YNode;
}

export interface PolicyRule {
  role: RoleModel;
  node: YMap;
  /** 1-based position in `rules`, for messages. */
  number: number;
  apiGroups: Entry[];
  resources: Entry[];
  verbs: Entry[];
  /** Non-empty when the rule is limited to named objects. */
  resourceNames: string[];
}

export interface RoleModel {
  resource: Resource;
  /** A ClusterRole with an `aggregationRule`: the controller overwrites its rules, so there are none to judge. */
  aggregated: boolean;
  rules: PolicyRule[];
}

export interface Subject {
  kind: string | undefined;
  name: string;
  nameNode: YNode;
  namespace: string | undefined;
}

export interface BindingModel {
  resource: Resource;
  roleKind: string | undefined;
  roleName: string | undefined;
  /** The roleRef's `name:` value (or the roleRef key when it has none), where findings about it go. */
  roleNameNode: YNode | undefined;
  subjects: Subject[];
}

function isRbac(resource: Resource, kinds: readonly string[]): boolean {
  return kinds.includes(resource.kind) && apiGroupOf(resource) === RBAC_GROUP;
}

/** Strings of a list field; items that are not plain strings (templated, nested) are skipped. */
function entriesOf(node: unknown, doc: Resource['doc']): Entry[] {
  if (!isSeq(node)) return [];
  const out: Entry[] = [];
  for (const item of items(node, doc)) {
    const value = stringValue(item);
    if (value !== undefined) out.push({ value, node: item });
  }
  return out;
}

export function roles(ctx: RuleContext): RoleModel[] {
  return ctx.memo('kubernetes/rbac-roles', () =>
    resources(ctx)
      .filter((r) => isRbac(r, ['Role', 'ClusterRole']))
      .map((resource) => {
        const { doc } = resource;
        const aggregated = resource.kind === 'ClusterRole' && !isNullValue(getNode(resource.node, 'aggregationRule', doc));
        const role: RoleModel = { resource, aggregated, rules: [] };
        if (aggregated) return role;
        items(getNode(resource.node, 'rules', doc), doc).forEach((item, index) => {
          const node = asMap(item);
          if (!node) return;
          role.rules.push({
            role,
            node,
            number: index + 1,
            apiGroups: entriesOf(getNode(node, 'apiGroups', doc), doc),
            resources: entriesOf(getNode(node, 'resources', doc), doc),
            verbs: entriesOf(getNode(node, 'verbs', doc), doc),
            resourceNames: entriesOf(getNode(node, 'resourceNames', doc), doc).map((e) => e.value),
          });
        });
        return role;
      }),
  );
}

/** Every rule of every (non-aggregated) Role and ClusterRole in the file. */
export function policyRules(ctx: RuleContext): PolicyRule[] {
  return roles(ctx).flatMap((r) => r.rules);
}

export function bindings(ctx: RuleContext): BindingModel[] {
  return ctx.memo('kubernetes/rbac-bindings', () =>
    resources(ctx)
      .filter((r) => isRbac(r, ['RoleBinding', 'ClusterRoleBinding']))
      .map((resource) => {
        const { doc } = resource;
        const roleRefPair = findPair(resource.node, 'roleRef', doc);
        const roleRef = roleRefPair?.value;
        const nameNode = getNode(roleRef, 'name', doc) ?? undefined;
        const subjects: Subject[] = [];
        for (const item of items(getNode(resource.node, 'subjects', doc), doc)) {
          const subjectName = getNode(item, 'name', doc);
          const name = stringValue(subjectName);
          if (name === undefined || !subjectName) continue;
          subjects.push({ kind: stringValue(getNode(item, 'kind', doc)), name, nameNode: subjectName, namespace: stringValue(getNode(item, 'namespace', doc)) });
        }
        return {
          resource,
          roleKind: stringValue(getNode(roleRef, 'kind', doc)),
          roleName: stringValue(nameNode),
          roleNameNode: nameNode ?? roleRefPair?.key,
          subjects,
        };
      }),
  );
}

/** The rule's entry granting `verb`: the verb itself, else `*`. */
export function verbEntry(rule: PolicyRule, verb: string): Entry | undefined {
  return rule.verbs.find((e) => e.value === verb) ?? rule.verbs.find((e) => e.value === WILDCARD);
}

/** Whether the rule covers an API group (`''` is the core group). */
export function coversGroup(rule: PolicyRule, group: string): boolean {
  return rule.apiGroups.some((e) => e.value === group || e.value === WILDCARD);
}

/**
 * The rule's entry that names `resource` (`pods`, `pods/exec`) itself — exactly, or for a
 * subresource as "*" + "/exec" — ignoring the bare `*`, which `rbac-wildcard` reports.
 */
export function namedResourceEntry(rule: PolicyRule, resource: string): Entry | undefined {
  const slash = resource.indexOf('/');
  const sub = slash < 0 ? undefined : resource.slice(slash + 1);
  return rule.resources.find((e) => e.value === resource) ?? (sub === undefined ? undefined : rule.resources.find((e) => e.value === `*/${sub}`));
}

/** The rule's entry granting `resource`, the bare `*` included. */
export function resourceEntry(rule: PolicyRule, resource: string): Entry | undefined {
  return namedResourceEntry(rule, resource) ?? rule.resources.find((e) => e.value === WILDCARD);
}

/** The verbs of `wanted` the rule grants, in `wanted`'s order. */
export function grantedVerbs(rule: PolicyRule, wanted: readonly string[]): string[] {
  return wanted.filter((v) => verbEntry(rule, v));
}

/** `a`, `a and b`, `a, b and c`. */
export function listText(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

/** How messages (which start with it) name a rule: `Rule 2 of ClusterRole/ops`. */
export function ruleLabel(rule: PolicyRule): string {
  return `Rule ${rule.number} of ${rule.role.resource.label}`;
}

/** How verbs read in a message: `get and list`, or `get and list (through "*")` when some come only from the wildcard. */
export function verbsText(rule: PolicyRule, granted: readonly string[]): string {
  const explicit = granted.every((v) => rule.verbs.some((e) => e.value === v));
  return explicit ? listText(granted) : `${listText(granted)} (through "*")`;
}

/** Where a role's permissions apply, for messages. */
export function roleScope(role: RoleModel): string {
  if (role.resource.kind === 'Role') return role.resource.namespace ? `in namespace ${role.resource.namespace}` : 'in its namespace';
  return 'in every namespace where it is bound';
}

/** A binding's subjects for messages: `User alice, Group ops and 2 more`, or `its subjects`. */
export function subjectsText(binding: BindingModel): string {
  const names = binding.subjects.map((s) => (s.kind ? `${s.kind} ${s.name}` : s.name));
  if (names.length === 0) return 'its subjects';
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : listText(names);
}
