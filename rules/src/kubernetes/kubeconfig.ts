// kubectl's kubeconfig files (`kind: Config`): the named clusters and users they carry.
import type { Document } from 'yaml';
import type { RuleContext } from '../rule.js';
import { asMap, getNode, items, stringValue, type YMap } from '../yaml/nodes.js';

export interface NamedEntry {
  doc: Document.Parsed;
  /** `name`, or `#<index>` when the entry has none. */
  name: string;
  /** The `cluster:` / `user:` mapping with the settings. */
  settings: YMap;
  /** `cluster/<name>` or `user/<name>`, for findings' `object`. */
  label: string;
}

export function kubeconfigClusters(ctx: RuleContext): NamedEntry[] {
  return ctx.memo('kubeconfig/clusters', () => namedEntries(ctx, 'clusters', 'cluster'));
}

export function kubeconfigUsers(ctx: RuleContext): NamedEntry[] {
  return ctx.memo('kubeconfig/users', () => namedEntries(ctx, 'users', 'user'));
}

function namedEntries(ctx: RuleContext, list: 'clusters' | 'users', field: 'cluster' | 'user'): NamedEntry[] {
  const out: NamedEntry[] = [];
  // The file's own kubeconfig documents, not ctx.documents: the memo is shared by rules of every kind.
  for (const { doc, kind } of ctx.file.yaml ?? []) {
    if (kind !== 'kubeconfig') continue;
    items(getNode(doc.contents, list, doc), doc).forEach((item, index) => {
      const settings = asMap(getNode(item, field, doc));
      if (!settings) return;
      const name = stringValue(getNode(item, 'name', doc)) ?? `#${index + 1}`;
      out.push({ doc, name, settings, label: `${field}/${name}` });
    });
  }
  return out;
}
