// Which ServiceAccount a pod runs as, and what the ServiceAccounts of the same file say about
// mounting their token. Shared by k8s/automount-service-account-token and k8s/default-service-account.
import type { RuleContext } from '../rule.js';
import { findPair, getNode, isFalse, stringValue, type YNode, type YPair } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import type { PodSpec } from './pod-specs.js';
import { resources } from './resources.js';

export interface ServiceAccountRef {
  /** The account's name: `default` when the pod names none. */
  name: string;
  /** The `serviceAccountName:` (or deprecated `serviceAccount:`) value node, when written. */
  node: YNode | undefined;
}

export function serviceAccountOf(podSpec: PodSpec): ServiceAccountRef {
  // serviceAccountName wins; serviceAccount is its deprecated alias, read when the new field is absent.
  for (const field of ['serviceAccountName', 'serviceAccount']) {
    const node = getNode(podSpec.node, field, podSpec.doc);
    const name = stringValue(node);
    if (node && name) return { name, node };
  }
  return { name: 'default', node: undefined };
}

/** The pod's own `automountServiceAccountToken` pair, unless written as null (unset). */
export function podAutomountPair(podSpec: PodSpec): { pair: YPair; value: YNode } | undefined {
  const found = findPair(podSpec.node, 'automountServiceAccountToken', podSpec.doc);
  return found && found.value && !isNullValue(found.value) ? { pair: found.pair, value: found.value } : undefined;
}

/**
 * True when a ServiceAccount in this file, with the pod's account name and namespace, sets
 * `automountServiceAccountToken: false`: pods that do not decide for themselves then get no token.
 */
export function serviceAccountDisablesAutomount(ctx: RuleContext, podSpec: PodSpec): boolean {
  const { name } = serviceAccountOf(podSpec);
  return resources(ctx).some((r) =>
    r.kind === 'ServiceAccount' &&
    r.name === name &&
    r.namespace === podSpec.resource.namespace &&
    isFalse(getNode(r.node, 'automountServiceAccountToken', r.doc)),
  );
}
