// Effective security settings, resolved as the API server does: for fields that exist at both
// levels a container's own value overrides the pod's; container-only fields have no pod fallback.
import { findPair, scalarValue, type FoundPair, type YMap, type YNode, type YPair } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import type { Container, PodSpec } from './pod-specs.js';

/** Fields of both `PodSecurityContext` and `SecurityContext`. */
export type SharedField = 'runAsNonRoot' | 'runAsUser' | 'runAsGroup' | 'seccompProfile' | 'seLinuxOptions' | 'appArmorProfile' | 'windowsOptions';
/** Fields that only exist on a container's `SecurityContext` (Kubernetes ignores them at pod level). */
export type ContainerOnlyField = 'allowPrivilegeEscalation' | 'privileged' | 'capabilities' | 'readOnlyRootFilesystem' | 'procMount';

export const CONTAINER_ONLY_FIELDS: readonly ContainerOnlyField[] = ['allowPrivilegeEscalation', 'privileged', 'capabilities', 'readOnlyRootFilesystem', 'procMount'];

export interface Setting {
  /** The scalar's JavaScript value (undefined for mappings such as `seccompProfile`). */
  value: unknown;
  /** The value node: a scalar, or a mapping such as `seccompProfile`. */
  node: YNode;
  /** The `field: value` pair, for reporting and removing. */
  pair: YPair;
  /** The `securityContext` mapping the field was read from. */
  securityContext: YMap;
  level: 'pod' | 'container';
  /** True when the pair came in through a `<<` merge key and so lives elsewhere. */
  merged: boolean;
}

/** A container's own `securityContext` mapping, if written as one. */
export function containerSecurityContext(container: Container): YMap | undefined {
  return container.securityContext;
}

/** The pod-level value of a field. */
export function podSetting(podSpec: PodSpec, field: SharedField | ContainerOnlyField): Setting | undefined {
  return read(podSpec.securityContext, field, podSpec, 'pod');
}

/** The container's own value of a field, ignoring the pod level. */
export function containerSetting(container: Container, field: SharedField | ContainerOnlyField): Setting | undefined {
  return read(containerSecurityContext(container), field, container.podSpec, 'container');
}

/** The value the container runs with: its own for container-only fields, else its own or the pod's. */
export function effectiveSetting(container: Container, field: SharedField | ContainerOnlyField): Setting | undefined {
  const own = containerSetting(container, field);
  if (own || isContainerOnly(field)) return own;
  return podSetting(container.podSpec, field);
}

function isContainerOnly(field: string): field is ContainerOnlyField {
  return (CONTAINER_ONLY_FIELDS as readonly string[]).includes(field);
}

function read(map: YMap | undefined, field: string, podSpec: PodSpec, level: Setting['level']): Setting | undefined {
  const found = map && findPair(map, field, podSpec.doc);
  // `field: null` (or `field:`) is how YAML writes "unset": the API server treats it as absent.
  if (!found || !map || !found.value || isNullValue(found.value)) return undefined;
  return { value: scalarValue(found.value), node: found.value, pair: found.pair, securityContext: map, level, merged: found.merged };
}

/** A value written at one level, with who wrote it, for checks that judge each level on its own. */
export interface OwnedSetting extends Setting {
  /** `Pod/web` for the pod level, `Container "app"` for a container. */
  owner: string;
  /** The finding's `object` label. */
  object: string;
  container: Container | undefined;
}

/**
 * Every explicit value of a shared field in a pod: the pod level first, then each container's own.
 * Pod Security judges each written value on its own (a bad pod-level value fails even when every
 * container overrides it).
 */
export function explicitSettings(podSpec: PodSpec, containers: readonly Container[], field: SharedField): OwnedSetting[] {
  const out: OwnedSetting[] = [];
  const pod = podSetting(podSpec, field);
  if (pod) out.push({ ...pod, owner: podSpec.label, object: podSpec.label, container: undefined });
  for (const container of containers) {
    const own = containerSetting(container, field);
    if (own) out.push({ ...own, owner: `Container "${container.name}"`, object: container.label, container });
  }
  return out;
}

/** A sub-field of a mapping setting (`seccompProfile.type`), unless unset or null. */
export function subField(setting: Setting, key: string, podSpec: PodSpec): (FoundPair & { value: YNode }) | undefined {
  const found = findPair(setting.node, key, podSpec.doc);
  if (!found || !found.value || isNullValue(found.value)) return undefined;
  return found as FoundPair & { value: YNode };
}
