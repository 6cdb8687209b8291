// A container's environment variables as written in `env` and `envFrom`. Shared by the rules about
// secrets in the environment.
import { asMap, findPair, getNode, items, stringValue, type YMap, type YNode } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import type { Container } from './pod-specs.js';

export interface EnvVar {
  container: Container;
  node: YMap;
  name: string | undefined;
  nameNode: YNode | undefined;
  /** The `value:` node when it is a non-null scalar. */
  valueNode: YNode | undefined;
  value: string | undefined;
  /** The `secretKeyRef` key under `valueFrom`, when the variable reads a Secret. */
  secretKeyRefKey: YNode | undefined;
}

export interface EnvFromSource {
  container: Container;
  /** The `secretRef` key, when the entry imports a whole Secret. */
  secretRefKey: YNode | undefined;
}

export function envVars(container: Container): EnvVar[] {
  const { doc } = container.podSpec;
  const out: EnvVar[] = [];
  for (const item of items(getNode(container.node, 'env', doc), doc)) {
    const node = asMap(item);
    if (!node) continue;
    const nameNode = getNode(node, 'name', doc) ?? undefined;
    const valueNode = getNode(node, 'value', doc) ?? undefined;
    const hasValue = valueNode !== undefined && !isNullValue(valueNode);
    const secretKeyRef = findPair(asMap(getNode(node, 'valueFrom', doc)), 'secretKeyRef', doc);
    out.push({
      container,
      node,
      name: stringValue(nameNode),
      nameNode,
      valueNode: hasValue ? valueNode : undefined,
      value: hasValue ? stringValue(valueNode) : undefined,
      secretKeyRefKey: secretKeyRef && !isNullValue(secretKeyRef.value) ? secretKeyRef.key : undefined,
    });
  }
  return out;
}

export function envFromSources(container: Container): EnvFromSource[] {
  const { doc } = container.podSpec;
  return items(getNode(container.node, 'envFrom', doc), doc).map((item) => {
    const secretRef = findPair(item, 'secretRef', doc);
    return { container, secretRefKey: secretRef && !isNullValue(secretRef.value) ? secretRef.key : undefined };
  });
}

/**
 * True when the value only refers to other variables (`$(DB_PASSWORD)`), which Kubernetes expands
 * at start-up: nothing secret is written in the manifest.
 */
export function isOnlyVariableReference(value: string): boolean {
  return /^(?:\$\([A-Za-z_][A-Za-z0-9_.-]*\))+$/.test(value.trim());
}
