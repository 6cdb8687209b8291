// Whether a Compose entry lives in anchored text that an alias reuses, so that editing it would
// change every place using the anchor. sharedNodes (fix/yaml-edits.ts) answers that by scanning the
// whole document; the services model instead notes, on its way from the document root to a setting,
// whether it passed an anchor, an alias or a merge key, which settles most entries without the scan.
import type { Document } from 'yaml';
import { sharedNodes } from '../fix/yaml-edits.js';
import { isAlias, isMap, isScalar, items, type FoundPair, type YNode } from '../yaml/nodes.js';

/**
 * - `reused`: reached through an alias, so the node and everything in it is shared.
 * - `unanchored`: no anchor, alias or merge key from the document root down to the node, so an entry
 *   of it is shared only when the entry carries an anchor itself.
 * - `unknown`: anything else (an anchor on the way, a key brought in by `<<`): sharedNodes decides.
 */
export type Sharing = 'reused' | 'unanchored' | 'unknown';

function hasAnchor(node: unknown): boolean {
  return Boolean((node as { anchor?: string } | null)?.anchor);
}

export function rootSharing(doc: Document): Sharing {
  return hasAnchor(doc.contents) ? 'unknown' : 'unanchored';
}

/** The sharing of `found.value`, where `found` was looked up in a mapping whose sharing is `outer`. */
export function sharingBelow(outer: Sharing, found: FoundPair): Sharing {
  if (outer === 'reused' || isAlias(found.pair.value)) return 'reused';
  if (outer === 'unknown' || found.merged || hasAnchor(found.value)) return 'unknown';
  return 'unanchored';
}

/**
 * True when `node` lives in an anchored node that an alias reuses. `node` is a value whose sharing is
 * `sharing`, or an entry of that value: a sequence item (aliases resolved) or the key of one of the
 * mapping's own pairs (a pair brought in by `<<` needs `unknown`).
 */
export function isShared(sharing: Sharing, node: unknown, doc: Document): boolean {
  if (sharing === 'reused') return true;
  if (sharing === 'unanchored' && !hasAnchor(node)) return false;
  return sharedNodes(doc).has(node);
}

/**
 * The entries of a list setting written in either syntax (`long`: a mapping, `short`: a scalar),
 * each with `shared` settled once the entry is known to be one; entries neither reads are left out.
 */
export function listEntries<T extends { shared: boolean }>(
  found: { value: unknown; sharing: Sharing },
  doc: Document,
  long: (node: YNode) => T | undefined,
  short: (node: YNode) => T | undefined,
): T[] {
  const out: T[] = [];
  for (const item of items(found.value, doc)) {
    const entry = isMap(item) ? long(item) : isScalar(item) ? short(item) : undefined;
    if (!entry) continue;
    entry.shared = isShared(found.sharing, item, doc);
    out.push(entry);
  }
  return out;
}
