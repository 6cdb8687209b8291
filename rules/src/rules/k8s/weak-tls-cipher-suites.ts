import type { Document } from 'yaml';
import type { ParsedFile } from '../../documents/parse.js';
import { removeItem, sharedNodes } from '../../fix/yaml-edits.js';
import { controlPlaneComponents, flagList, setFlag } from '../../kubernetes/flags.js';
import { kubeletConfigs, kubeletField } from '../../kubernetes/kubelet.js';
import { singleEditFix, defineRule } from '../../rule.js';
import type { Edit } from '../../types.js';
import { asSeq, items, spanOf, stringValue, type YPair, type YSeq } from '../../yaml/nodes.js';

/** CIS 1.2.29: AEAD suites with forward secrecy (TLS 1.3 names included; Go picks those itself). */
const STRONG = [
  'TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
];
/** CIS 4.2.12 also accepts the two RSA-key-exchange GCM suites on the kubelet. */
const KUBELET_STRONG = [...STRONG, 'TLS_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_256_GCM_SHA384'];
/** What replaces a list in which no suite is strong: the TLS 1.2 ECDHE AEAD suites. */
const REPLACEMENT = [
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
];

export default defineRule({
  id: 'k8s/weak-tls-cipher-suites',
  severity: 'warning',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'TLS cipher suites outside the strong list',
  references: ['CIS-K 1.2.29', 'CIS-K 4.2.12'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const c of controlPlaneComponents(ctx)) {
      // etcd names its flag --cipher-suites; CIS judges the Kubernetes components' --tls-cipher-suites.
      if (c.component === 'etcd') continue;
      const flag = c.flags.get('tls-cipher-suites');
      const suites = flagList(flag?.value);
      const weak = suites.filter((s) => !STRONG.includes(s));
      if (!flag || weak.length === 0) continue;
      const kept = suites.filter((s) => STRONG.includes(s));
      ctx.report({
        at: flag.span,
        message: `${c.component} offers ${describe(weak)}: clients can be made to use a cipher without forward secrecy or with known weaknesses.`,
        object: c.label,
        fix: () => singleEditFix(fixTitle(kept.length > 0), setFlag(ctx.file, c, 'tls-cipher-suites', (kept.length ? kept : REPLACEMENT).join(','))),
      });
    }
    for (const config of kubeletConfigs(ctx)) {
      const field = kubeletField(config, ['tlsCipherSuites']);
      const seq = asSeq(field?.node);
      if (!field || !seq) continue;
      const nodes = items(seq, config.doc);
      const weak = nodes.filter((n) => !KUBELET_STRONG.includes(stringValue(n) ?? ''));
      if (weak.length === 0) continue;
      const kept = nodes.filter((n) => !weak.includes(n));
      // A block pair's range runs on to the next line: end the finding at the last item.
      const keyStart = spanOf(field.pair.key)?.start;
      const lastEnd = seq.flow ? undefined : spanOf(seq.items[seq.items.length - 1])?.end;
      ctx.report({
        at: keyStart !== undefined && lastEnd !== undefined ? { start: keyStart, end: lastEnd } : field.pair,
        message: `The kubelet offers ${describe(weak.map((n) => stringValue(n) ?? '?'))}: clients can be made to use a cipher without forward secrecy or with known weaknesses.`,
        object: config.label,
        fix: () => {
          const edits = kept.length && !seq.flow ? weak.map((n) => removeItem(ctx.file, seq, n, config.doc)) : [replaceList(ctx.file, field.pair, seq, kept.length ? kept.map((n) => stringValue(n)!) : REPLACEMENT, config.doc)];
          return edits.every((e): e is Edit => e !== null) ? { title: fixTitle(kept.length > 0), edits } : null;
        },
      });
    }
  },
});

function fixTitle(keepsSome: boolean): string {
  return keepsSome ? 'Remove the weak cipher suites' : 'Use the strong cipher suites';
}

function describe(weak: string[]): string {
  return weak.length === 1 ? `the weak cipher suite ${weak[0]}` : `${weak.length} weak cipher suites (${weak.join(', ')})`;
}

/** Rewrites the whole sequence after `key:` as a flow list. */
function replaceList(file: ParsedFile, pair: YPair, seq: YSeq, suites: string[], doc: Document.Parsed): Edit | null {
  const keyEnd = spanOf(pair.key)?.end;
  const seqEnd = spanOf(seq.items[seq.items.length - 1])?.end ?? spanOf(seq)?.end;
  if (keyEnd === undefined || seqEnd === undefined || sharedNodes(doc).has(seq)) return null;
  const colon = file.text.indexOf(':', keyEnd);
  const end = seq.flow ? file.text.indexOf(']', seqEnd) + 1 : seqEnd;
  if (colon < 0 || end <= 0) return null;
  return { start: colon + 1, end, text: ` [${suites.join(', ')}]` };
}
