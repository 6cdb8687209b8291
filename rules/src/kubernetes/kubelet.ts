// KubeletConfiguration files (`kind: KubeletConfiguration`, usually /var/lib/kubelet/config.yaml).
import type { ParsedFile } from '../documents/parse.js';
import { setIn, type YamlValue } from '../fix/yaml-edits.js';
import type { RuleContext } from '../rule.js';
import type { Edit } from '../types.js';
import { findPair, getIn, scalarValue, type YMap, type YNode, type YPair } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import { resources, type Resource } from './resources.js';

export interface KubeletField {
  /** The scalar's JavaScript value (undefined for mappings and sequences). */
  value: unknown;
  node: YNode;
  pair: YPair;
  /** The mapping that holds the field, for inserting next to it or removing it. */
  parent: YMap;
}

export function kubeletConfigs(ctx: RuleContext): Resource[] {
  return ctx.memo('kubernetes/kubelet-configs', () => resources(ctx).filter((r) => r.kind === 'KubeletConfiguration'));
}

/**
 * A field at a dotted path (`['authentication', 'anonymous', 'enabled']`); undefined when it is
 * absent or written as null, which the kubelet treats as unset.
 */
export function kubeletField(config: Resource, path: readonly string[]): KubeletField | undefined {
  const parent = path.length > 1 ? getIn(config.node, path.slice(0, -1), config.doc) : config.node;
  const found = findPair(parent, path[path.length - 1], config.doc);
  if (!found || !found.value || isNullValue(found.value)) return undefined;
  return { value: scalarValue(found.value), node: found.value, pair: found.pair, parent: parent as YMap };
}

/**
 * Where a finding about the absent field at `path` goes: the deepest key of the path that exists
 * (`authentication`), else the resource's `kind:` value.
 */
export function kubeletAnchor(config: Resource, path: readonly string[]): YNode | YPair {
  let anchor: YNode | YPair = config.kindNode;
  let map: unknown = config.node;
  for (const key of path) {
    const found = findPair(map, key, config.doc);
    if (!found) break;
    // The key, not the pair: a block pair's range runs on over everything under it.
    anchor = (found.pair.key as YNode | null) ?? found.pair;
    map = found.value;
  }
  return anchor;
}

/** Sets the field at `path`, creating the mappings on the way. */
export function setKubeletField(file: ParsedFile, config: Resource, path: readonly string[], value: YamlValue): Edit | null {
  return setIn(file, config.node, path, value, config.doc);
}
