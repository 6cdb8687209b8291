// Pod specs found by shape in every object, and the containers they run.
import type { Document } from 'yaml';
import type { RuleContext } from '../rule.js';
import { asMap, entries, findPair, getIn, getNode, isAlias, items, keyName, scalarValue, stringValue, type FoundPair, type YMap, type YNode } from '../yaml/nodes.js';
import { acrossDocuments, documentResources, perDocument, type Resource } from './resources.js';
import { weakMemo } from '../weak-memo.js';

export interface PodSpec {
  resource: Resource;
  doc: Document.Parsed;
  /** The pod spec mapping (`spec` of a Pod, `spec.template.spec` of a Deployment…). */
  node: YMap;
  /** The pod-level `securityContext` mapping, when written as one. */
  securityContext: YMap | undefined;
  /** `spec.os.name: windows`: some restricted checks exempt Windows pods. */
  isWindows: boolean;
  /** `spec.hostUsers: false`: the pod runs in a user namespace. */
  hostUsersFalse: boolean;
  /**
   * The pod's own `metadata` mapping (a Pod's `metadata`, a template's `template.metadata`): where
   * the pod's annotations live, e.g. the AppArmor and seccomp annotations the PSS checks read.
   */
  metadata: YMap | undefined;
  label: string;
}

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';
export const CONTAINER_LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

export interface Container {
  /** The container's name, or `#<index>` in its list when it has none. */
  name: string;
  nameNode: YNode | undefined;
  node: YMap;
  /** The container's own `securityContext` mapping, when written as one. */
  securityContext: YMap | undefined;
  list: ContainerList;
  podSpec: PodSpec;
  /** `Kind/name container/<name>`. */
  label: string;
  /** Where "missing" findings about the container go: its `name:` value, else its first key. */
  anchor: YNode;
}

/** Where the pod spec sits in each known kind. */
const POD_SPEC_PATHS: Record<string, readonly string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
/** Unknown kinds (Argo Rollout, OpenShift DeploymentConfig…) count when this path holds containers. */
const TEMPLATE_PATH = ['spec', 'template', 'spec'];

export function podSpecs(ctx: RuleContext): PodSpec[] {
  return acrossDocuments(ctx, 'kubernetes/pod-specs', documentPodSpecs);
}

const documentPodSpecs = perDocument((doc): PodSpec[] => {
  const found: PodSpec[] = [];
  for (const resource of documentResources(doc)) {
    const spec = podSpecOf(resource);
    if (spec) found.push(spec);
  }
  return found;
});

function podSpecOf(resource: Resource): PodSpec | undefined {
  const { doc } = resource;
  const known = POD_SPEC_PATHS[resource.kind];
  const path = known ?? TEMPLATE_PATH;
  const node = asMap(getIn(resource.node, path, doc));
  if (!node) return undefined;
  if (!known && getNode(node, 'containers', doc) === undefined) return undefined;
  return {
    resource,
    doc,
    node,
    securityContext: asMap(getNode(node, 'securityContext', doc)),
    isWindows: stringValue(getIn(node, ['os', 'name'], doc)) === 'windows',
    hostUsersFalse: scalarValue(getNode(node, 'hostUsers', doc)) === false,
    // The pod spec's sibling: `spec` → `metadata`, `template.spec` → `template.metadata`.
    metadata: asMap(getIn(resource.node, [...path.slice(0, -1), 'metadata'], doc)),
    label: resource.label,
  };
}

/**
 * The pod's init, regular and ephemeral containers, in that order. Built once per pod spec (pod
 * specs are kept per parsed document), so every rule sees the same Container objects.
 */
export const containers: (podSpec: PodSpec) => readonly Container[] = weakMemo(readContainers);

function readContainers(podSpec: PodSpec): Container[] {
  const out: Container[] = [];
  for (const list of CONTAINER_LISTS) {
    items(getNode(podSpec.node, list, podSpec.doc), podSpec.doc).forEach((item, index) => {
      const node = asMap(item);
      if (!node) return;
      const found = findPair(node, 'name', podSpec.doc);
      const nameNode = found?.value ?? undefined;
      const name = stringValue(nameNode) ?? `#${index + 1}`;
      // Findings go on the container's own text: a name written as an alias (`name: *a`) or merged in
      // with `<<` lives elsewhere, maybe in another container, so its key or the first key stands in.
      const written = found && !found.merged ? (isAlias(found.pair.value) ? (found.pair.key as YNode) : nameNode) : undefined;
      const anchor = written ?? (node.items[0]?.key as YNode | undefined) ?? node;
      const securityContext = asMap(getNode(node, 'securityContext', podSpec.doc));
      out.push({ name, nameNode, node, securityContext, list, podSpec, label: `${podSpec.label} container/${name}`, anchor });
    });
  }
  return out;
}

/** Every container of every pod spec in the file. */
export function allContainers(ctx: RuleContext): Container[] {
  return ctx.memo('kubernetes/containers', () => podSpecs(ctx).flatMap(containers));
}

/** The pod's annotations with the given key prefix, in file order (null values read as ""). */
export function podAnnotations(podSpec: PodSpec, prefix: string): { key: string; value: string; pair: FoundPair }[] {
  const annotations = getNode(podSpec.metadata, 'annotations', podSpec.doc);
  const out: { key: string; value: string; pair: FoundPair }[] = [];
  for (const entry of entries(annotations, podSpec.doc)) {
    const key = keyName(entry.pair);
    if (key === undefined || !key.startsWith(prefix)) continue;
    out.push({ key, value: stringValue(entry.value) ?? '', pair: entry });
  }
  return out;
}
