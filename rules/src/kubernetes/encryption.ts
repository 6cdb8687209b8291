// The API server's EncryptionConfiguration (the file --encryption-provider-config names): which
// providers encrypt which resources. For each resource the first entry that lists it applies, and
// the first provider of that entry encrypts new writes; later providers only decrypt old data.
import type { RuleContext } from '../rule.js';
import { asMap, entries, getNode, items, keyName, stringValue, type YNode, type YPair } from '../yaml/nodes.js';
import { resources, type Resource } from './resources.js';

export interface EncryptionEntry {
  config: Resource;
  /** `secrets`, `configmaps`, `*.apps`, `*.*`… as written. */
  resources: string[];
  /** The `resources:` list: where findings about the entry point. */
  node: YNode;
  /** Each provider's name (`aescbc`, `identity`…) with its key node, where findings point. */
  providers: { name: string; key: YNode; pair: YPair }[];
}

export interface EncryptionConfig {
  config: Resource;
  entries: EncryptionEntry[];
}

export function encryptionConfigs(ctx: RuleContext): EncryptionConfig[] {
  return ctx.memo('kubernetes/encryption-configs', () =>
    resources(ctx)
      // `EncryptionConfig` (apiVersion v1) is the name before Kubernetes 1.13.
      .filter((r) => r.kind === 'EncryptionConfiguration' || r.kind === 'EncryptionConfig')
      .map((config) => ({ config, entries: readEntries(config) })),
  );
}

function readEntries(config: Resource): EncryptionEntry[] {
  const { doc } = config;
  const out: EncryptionEntry[] = [];
  for (const item of items(getNode(config.node, 'resources', doc), doc)) {
    const list = getNode(item, 'resources', doc);
    if (!list) continue;
    const providers = items(getNode(item, 'providers', doc), doc).flatMap((p) => {
      const pair = asMap(p)?.items[0];
      const name = pair && keyName(pair);
      return pair && name && entries(p, doc).length > 0 ? [{ name, key: pair.key as YNode, pair }] : [];
    });
    out.push({ config, resources: items(list, doc).map((n) => stringValue(n) ?? ''), node: list, providers });
  }
  return out;
}

/** Whether an entry's resource names match core Secrets (`secrets`, `secrets.`, `*.`, `*.*`). */
export function coversSecrets(entry: EncryptionEntry): boolean {
  return entry.resources.some((r) => ['secrets', 'secrets.', '*.', '*.*'].includes(r.trim()));
}

/** The entry that decides how Secrets are stored: the first one that lists them. */
export function secretsEntry(config: EncryptionConfig): EncryptionEntry | undefined {
  return config.entries.find(coversSecrets);
}
