// The ports each container declares. Shared by the port rules.
import type { RuleContext } from '../rule.js';
import { getNode, items, scalarValue, type YNode } from '../yaml/nodes.js';
import { allContainers, type Container } from './pod-specs.js';

export interface ContainerPort {
  container: Container;
  /** The `containerPort:` value node. */
  node: YNode;
  port: number;
}

export function containerPorts(ctx: RuleContext): ContainerPort[] {
  return ctx.memo('kubernetes/container-ports', () => allContainers(ctx).flatMap((container) => {
    const { doc } = container.podSpec;
    const out: ContainerPort[] = [];
    for (const item of items(getNode(container.node, 'ports', doc), doc)) {
      const node = getNode(item, 'containerPort', doc);
      const port = portNumber(scalarValue(node));
      if (node && port !== undefined) out.push({ container, node, port });
    }
    return out;
  }));
}

/** A port written as a number or a numeric string (`"22"`), within 1..65535. */
function portNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 65535 ? n : undefined;
}
