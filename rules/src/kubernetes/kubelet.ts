// KubeletConfiguration files (`kind: KubeletConfiguration`, usually /var/lib/kubelet/config.yaml).
import type { RuleContext } from '../rule.js';
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
