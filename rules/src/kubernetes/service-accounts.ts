// Which ServiceAccount a pod runs as, and what the ServiceAccounts of the same file say about
// mounting their token. Shared by k8s/automount-service-account-token and k8s/default-service-account.
import type { RuleContext } from '../rule.js';
import { findPair, getNode, isFalse, stringValue, type YNode, type YPair } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import type { PodSpec } from './pod-specs.js';
import { acrossWholeFile, documentResources } from './resources.js';
import { perDocumentText } from '../documents/yaml-stream.js';
import { weakMemo } from '../weak-memo.js';

export interface ServiceAccountRef {
  /** The account's name: `default` when the pod names none. */
  name: string;
  /** The `serviceAccountName:` (or deprecated `serviceAccount:`) value node, when written. */
  node: YNode | undefined;
}

/**
 * Per pod spec, like its containers (pod-specs.ts): pod specs are kept per parsed document, so the
 * file-scoped rule that reads every pod of the file on each keystroke reads only the fresh ones.
 */
export const serviceAccountOf: (podSpec: PodSpec) => ServiceAccountRef = weakMemo(readServiceAccount);

function readServiceAccount(podSpec: PodSpec): ServiceAccountRef {
  // serviceAccountName wins; serviceAccount is its deprecated alias, read when the new field is absent.
  for (const field of ['serviceAccountName', 'serviceAccount']) {
    const node = getNode(podSpec.node, field, podSpec.doc);
    const name = stringValue(node);
    if (node && name) return { name, node };
  }
  return { name: 'default', node: undefined };
}

/** The pod's own `automountServiceAccountToken` pair, unless written as null (unset). */
export const podAutomountPair: (podSpec: PodSpec) => { pair: YPair; value: YNode } | undefined = weakMemo((podSpec) => {
  const found = findPair(podSpec.node, 'automountServiceAccountToken', podSpec.doc);
  return found && found.value && !isNullValue(found.value) ? { pair: found.pair, value: found.value } : undefined;
});

/**
 * True when a ServiceAccount in this file, with the pod's account name and namespace, sets
 * `automountServiceAccountToken: false`: pods that do not decide for themselves then get no token.
 */
export function serviceAccountDisablesAutomount(ctx: RuleContext, podSpec: PodSpec): boolean {
  return accountsWithoutAutomount(ctx).has(accountKey(serviceAccountOf(podSpec).name, podSpec.resource.namespace));
}

/**
 * What serviceAccountDisablesAutomount reads of the file's other documents, as a string (rule.ts
 * `crossDocumentFacts`): the accounts that turn automount off.
 */
export function automountFacts(ctx: RuleContext): string {
  return [...accountsWithoutAutomount(ctx)].join('\n');
}

/** The ServiceAccounts of the whole file that set `automountServiceAccountToken: false`, once per file rather than per pod. */
function accountsWithoutAutomount(ctx: RuleContext): Set<string> {
  return ctx.memo('kubernetes/service-accounts/no-automount', () => new Set(acrossWholeFile(ctx, 'kubernetes/service-accounts/no-automount-list', documentAccountsWithoutAutomount)));
}

/** Per document text: the accounts (accountKey) its ServiceAccounts turn automount off for. */
const documentAccountsWithoutAutomount = perDocumentText((doc): string[] =>
  documentResources(doc)
    .filter((r) => r.kind === 'ServiceAccount' && r.name !== undefined && isFalse(getNode(r.node, 'automountServiceAccountToken', r.doc)))
    .map((r) => accountKey(r.name!, r.namespace)),
);

/** An account by name and namespace as written (no namespace matches only no namespace). */
function accountKey(name: string, namespace: string | undefined): string {
  return JSON.stringify([name, namespace ?? null]);
}
