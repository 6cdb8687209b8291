// A container's `resources.requests` / `resources.limits` for cpu and memory, and the edit that
// adds the missing ones. Shared by k8s/resource-limits and k8s/resource-requests.
import { insertEntries, setIn, type YamlValue } from '../fix/yaml-edits.js';
import type { RuleContext } from '../rule.js';
import type { Edit } from '../types.js';
import { asMap, findPair, getIn, getNode, isMap, stringValue, type YMap } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import type { Container } from './pod-specs.js';

export type ResourceName = 'cpu' | 'memory';
export type ResourceBlock = 'requests' | 'limits';
export const RESOURCE_NAMES: readonly ResourceName[] = ['cpu', 'memory'];

/** Placeholders the fixes write when nothing else in the container says what to use. */
export const PLACEHOLDERS: Record<ResourceBlock, Record<ResourceName, string>> = {
  requests: { cpu: '100m', memory: '128Mi' },
  limits: { cpu: '500m', memory: '512Mi' },
};

/** The quantity written for `resources.<block>.<name>`, or undefined (null counts as unset). */
export function quantity(container: Container, block: ResourceBlock, name: ResourceName): string | undefined {
  const node = getIn(container.node, ['resources', block, name], container.podSpec.doc);
  if (node === undefined || isNullValue(node)) return undefined;
  return stringValue(node) ?? '';
}

/**
 * Adds `resources.<block>` entries for `values`, creating `resources` and the block as needed, in
 * one edit. Null when the file cannot be edited safely there.
 */
export function addResourceEntries(ctx: RuleContext, container: Container, block: ResourceBlock, values: Partial<Record<ResourceName, string>>): Edit | null {
  const { doc } = container.podSpec;
  const entries = values as Record<string, YamlValue>;
  const existing = getIn(container.node, ['resources', block], doc);
  if (isMap(existing)) {
    const names = Object.keys(entries);
    // A key written as null (`memory:`) is filled in place; inserting a second one would duplicate it.
    if (!names.some((n) => findPair(existing, n, doc))) return insertEntries(ctx.file, existing as YMap, entries, doc);
    return names.length === 1 ? setIn(ctx.file, existing as YMap, names, entries[names[0]], doc) : null;
  }
  const resources = getNode(container.node, 'resources', doc);
  if (resources !== undefined && !isNullValue(resources) && !asMap(resources)) return null;
  return setIn(ctx.file, container.node, ['resources', block], entries, doc);
}
