// Kustomize patch files: a file listed under `patches:` or `patchesStrategicMerge:` of a
// kustomization is a partial object merged onto a base, so "missing field" rules must not judge it
// (the field may come from the base). The engine has no file system: the kustomization is read
// through ctx.workspace, and without one no file counts as a patch.
import { parseDocument } from 'yaml';
import type { RuleContext } from '../rule.js';
import { asMap, getNode, items, stringValue } from '../yaml/nodes.js';

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** How many directories above the file a kustomization may list it from (`patches/deploy.yaml`). */
const MAX_LEVELS = 3;

/**
 * Whether the linted file is a patch listed by a kustomization in its directory or one above it.
 * Not memoized per file (ctx.memo outlives an edit of the kustomization); the parsed lists are cached
 * by the kustomization's text instead.
 */
export function isKustomizePatch(ctx: RuleContext): boolean {
  const read = ctx.workspace?.read;
  if (!ctx.workspace || !read) return false;
  const sep = ctx.fileName.includes('\\') && !ctx.fileName.includes('/') ? '\\' : '/';
  const parts = ctx.fileName.split(/[\\/]/);
  for (let level = 1; level <= MAX_LEVELS && level < parts.length; level++) {
    const dir = parts.slice(0, parts.length - level);
    const relative = parts.slice(parts.length - level).join('/');
    for (const name of KUSTOMIZATION_NAMES) {
      const path = [...dir, name].join(sep);
      if (!ctx.workspace.exists(path)) continue;
      const text = read.call(ctx.workspace, path);
      if (text !== undefined && cachedPatches(text).includes(relative)) return true;
    }
  }
  return false;
}

const CACHE_SIZE = 16;
const cache = new Map<string, string[]>();

function cachedPatches(text: string): string[] {
  let hit = cache.get(text);
  if (!hit) {
    hit = listedPatches(text);
    cache.set(text, hit);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return hit;
}

/** The patch file paths a kustomization lists, normalised to `a/b.yaml` (no `./`). */
export function listedPatches(kustomization: string): string[] {
  let doc;
  try {
    doc = parseDocument(kustomization, { prettyErrors: false });
  } catch {
    return [];
  }
  const root = asMap(doc.contents);
  const out: string[] = [];
  // `patchesStrategicMerge: [file]` (deprecated) and `patches: [{path: file, target: …}]`; an item
  // of patchesStrategicMerge may also be an inline patch, which holds a newline and is skipped.
  for (const item of items(getNode(root, 'patchesStrategicMerge', doc), doc)) {
    const path = stringValue(item);
    if (path && !path.includes('\n')) out.push(normalise(path));
  }
  for (const item of items(getNode(root, 'patches', doc), doc)) {
    const path = stringValue(getNode(item, 'path', doc)) ?? stringValue(item);
    if (path && !path.includes('\n')) out.push(normalise(path));
  }
  return out;
}

function normalise(path: string): string {
  return path
    .trim()
    .split(/[\\/]/)
    .filter((p) => p !== '.' && p !== '')
    .join('/');
}
