// Network objects: Services, Ingresses and NetworkPolicies, and the label selectors that decide
// which pods a NetworkPolicy governs.
import type { Document } from 'yaml';
import { isNullValue } from './null-values.js';
import type { Resource } from './resources.js';
import { asMap, entries, getIn, getNode, isMap, isSeq, items, stringValue, type YMap, type YNode } from '../yaml/nodes.js';
import { weakMemo } from '../weak-memo.js';

/** The API group of an object (`''` for the core group, `v1`). */
export function apiGroupOf(resource: Resource): string | undefined {
  const v = resource.apiVersion;
  if (v === undefined) return undefined;
  const slash = v.indexOf('/');
  return slash < 0 ? '' : v.slice(0, slash);
}

export function isService(resource: Resource): boolean {
  return resource.kind === 'Service' && apiGroupOf(resource) === '';
}

export function isIngress(resource: Resource): boolean {
  const group = apiGroupOf(resource);
  return resource.kind === 'Ingress' && (group === 'networking.k8s.io' || group === 'extensions');
}

export function isNetworkPolicy(resource: Resource): boolean {
  return resource.kind === 'NetworkPolicy' && apiGroupOf(resource) === 'networking.k8s.io';
}

/**
 * Policies of other engines (Calico, Cilium, the AdminNetworkPolicy API) whose selectors Shipshape
 * does not evaluate. They may isolate any pod of their scope, so they count as selecting them all.
 */
export type OpaquePolicyScope = 'namespace' | 'cluster';
const CLUSTER_WIDE_POLICY_KINDS = new Set(['GlobalNetworkPolicy', 'CiliumClusterwideNetworkPolicy', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy']);

export function opaquePolicyScope(resource: Resource): OpaquePolicyScope | undefined {
  if (isNetworkPolicy(resource)) return undefined;
  if (CLUSTER_WIDE_POLICY_KINDS.has(resource.kind)) return 'cluster';
  if (/NetworkPolicy$/.test(resource.kind)) return 'namespace';
  return undefined;
}

/** A list field holding at least one item (null, `[]` and absent all mean "none"). */
export function nonEmptyList(node: unknown): boolean {
  return isSeq(node) && node.items.length > 0;
}

// ---- label selectors ----

export interface SelectorRequirement {
  key: string;
  operator: string;
  values: string[];
}

/**
 * A `metav1.LabelSelector`. `unknown` when it cannot be read exactly (templated values, odd shapes):
 * callers then assume it may match, since a wrong "not selected" would be a false finding.
 */
export type LabelSelector = { matchLabels: Record<string, string>; matchExpressions: SelectorRequirement[] } | 'unknown';

/** Reads a selector; an absent or null one is the empty selector, which selects every pod. */
export function readLabelSelector(node: unknown, doc: Document.Parsed): LabelSelector {
  if (isNullValue(node)) return { matchLabels: {}, matchExpressions: [] };
  if (!isMap(node)) return 'unknown';
  const matchLabels: Record<string, string> = {};
  const labels = getNode(node, 'matchLabels', doc);
  if (!isNullValue(labels)) {
    if (!isMap(labels)) return 'unknown';
    for (const e of entries(labels, doc)) {
      const value = stringValue(e.value);
      if (value === undefined) return 'unknown';
      matchLabels[String(e.key.value)] = value;
    }
  }
  const matchExpressions: SelectorRequirement[] = [];
  const expressions = getNode(node, 'matchExpressions', doc);
  if (!isNullValue(expressions)) {
    if (!isSeq(expressions)) return 'unknown';
    for (const item of items(expressions, doc)) {
      const key = stringValue(getNode(item, 'key', doc));
      const operator = stringValue(getNode(item, 'operator', doc));
      const valuesNode = getNode(item, 'values', doc);
      if (key === undefined || operator === undefined || (!isNullValue(valuesNode) && !isSeq(valuesNode))) return 'unknown';
      const values = items(valuesNode, doc).map(stringValue);
      if (values.some((v) => v === undefined)) return 'unknown';
      matchExpressions.push({ key, operator, values: values as string[] });
    }
  }
  return { matchLabels, matchExpressions };
}

/** Pod labels as written; `unknown` when they cannot be read exactly. */
export type Labels = Record<string, string> | 'unknown';

export function readLabels(node: unknown, doc: Document.Parsed): Labels {
  if (isNullValue(node)) return {};
  if (!isMap(node)) return 'unknown';
  const out: Record<string, string> = {};
  for (const e of entries(node, doc)) {
    const value = stringValue(e.value);
    if (value === undefined) return 'unknown';
    out[String(e.key.value)] = value;
  }
  return out;
}

/**
 * Whether a selector matches a set of labels: `true`, `false`, or `undefined` when either side is
 * unknown. Semantics of `labels.Selector` in apimachinery; an unknown operator matches nothing
 * (the API server rejects it).
 */
export function selectorMatches(selector: LabelSelector, labels: Labels): boolean | undefined {
  if (selector === 'unknown' || labels === 'unknown') return undefined;
  for (const [key, value] of Object.entries(selector.matchLabels)) if (labels[key] !== value) return false;
  for (const { key, operator, values } of selector.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (operator) {
      case 'In':
        if (!has || !values.includes(labels[key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

// ---- workloads' pod labels ----

/** Where the pod template's metadata sits, per kind (unknown kinds with a template: `spec.template`). */
const POD_METADATA_PATHS: Record<string, readonly string[]> = {
  Pod: ['metadata'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
  PodTemplate: ['template', 'metadata'],
};
const TEMPLATE_METADATA_PATH = ['spec', 'template', 'metadata'];

/**
 * The labels the workload's pods will carry. Kept per object: objects are kept per parsed document
 * (resources.ts), and policies are matched on every keystroke.
 */
export const podLabels: (resource: Resource) => Labels = weakMemo(readPodLabels);

function readPodLabels(resource: Resource): Labels {
  const metadata = getIn(resource.node, POD_METADATA_PATHS[resource.kind] ?? TEMPLATE_METADATA_PATH, resource.doc);
  if (isNullValue(metadata)) return {};
  if (!isMap(metadata)) return 'unknown';
  return readLabels(getNode(metadata, 'labels', resource.doc), resource.doc);
}

// ---- NetworkPolicy ----

export type PolicyType = 'Ingress' | 'Egress';

export interface NetworkPolicyModel {
  resource: Resource;
  podSelector: LabelSelector;
  /** Effective policy types: as written, else Ingress, plus Egress when there are egress rules (API defaulting). */
  policyTypes: PolicyType[];
  ingress: YNode | null | undefined;
  egress: YNode | null | undefined;
}

export function readNetworkPolicy(resource: Resource): NetworkPolicyModel | undefined {
  if (!isNetworkPolicy(resource)) return undefined;
  const { doc } = resource;
  const spec = asMap(getNode(resource.node, 'spec', doc));
  const ingress = getNode(spec, 'ingress', doc);
  const egress = getNode(spec, 'egress', doc);
  return {
    resource,
    podSelector: spec ? readLabelSelector(getNode(spec, 'podSelector', doc), doc) : { matchLabels: {}, matchExpressions: [] },
    policyTypes: policyTypes(spec, egress, doc),
    ingress,
    egress,
  };
}

function policyTypes(spec: YMap | undefined, egress: unknown, doc: Document.Parsed): PolicyType[] {
  const written = getNode(spec, 'policyTypes', doc);
  if (nonEmptyList(written)) {
    const out: PolicyType[] = [];
    for (const t of items(written, doc).map(stringValue)) if ((t === 'Ingress' || t === 'Egress') && !out.includes(t)) out.push(t);
    return out;
  }
  return nonEmptyList(egress) ? ['Ingress', 'Egress'] : ['Ingress'];
}
