// Every Kubernetes object in a file: one per YAML document, with `kind: List` items expanded.
import type { Document } from 'yaml';
import type { ParsedFile } from '../documents/parse.js';
import type { RuleContext } from '../rule.js';
import { isTemplatedText } from '../documents/templates.js';
import { asMap, getNode, items, stringValue, type YMap, type YNode } from '../yaml/nodes.js';
import { weakMemo } from '../weak-memo.js';

export interface Resource {
  doc: Document.Parsed;
  /** The object's own mapping (a document root or a List item). */
  node: YMap;
  kind: string;
  apiVersion: string | undefined;
  name: string | undefined;
  namespace: string | undefined;
  /** The `kind:` value: where "missing" findings about the whole object are anchored. */
  kindNode: YNode;
  /** `Kind/name` (just `Kind` when the object has no name), for findings' `object`. */
  label: string;
}

/** `List`, `PodList`, `DeploymentList`…: their `items` are the objects. */
const LIST_KIND = /List$/;
/** A List inside a List is legal but unusual; bound the nesting so a crafted file cannot recurse deeply. */
const MAX_LIST_DEPTH = 4;

export function resources(ctx: RuleContext): Resource[] {
  return acrossDocuments(ctx, 'kubernetes/resources', documentResources);
}

/**
 * What `ofDocument` gives for each Kubernetes document of the file, in order, memoized for the lint
 * under `key`. Reads the file's own documents, not ctx.documents: the memo is shared by rules of every kind.
 */
export function acrossDocuments<T>(ctx: RuleContext, key: string, ofDocument: (doc: Document.Parsed) => readonly T[]): T[] {
  return across(ctx, ctx.file, key, ofDocument);
}

/**
 * Like acrossDocuments, over every document of the file even where a rule sees only the edited ones
 * (ParsedFile `whole`): for what a document-scoped rule reads of the others. `ofDocument` should be
 * a perDocumentText model (documents/yaml-stream.ts), so that documents an edit moved are not read.
 */
export function acrossWholeFile<T>(ctx: RuleContext, key: string, ofDocument: (doc: Document.Parsed) => readonly T[]): T[] {
  return across(ctx, ctx.file.whole ?? ctx.file, key, ofDocument);
}

function across<T>(ctx: RuleContext, file: ParsedFile, key: string, ofDocument: (doc: Document.Parsed) => readonly T[]): T[] {
  return ctx.memo(key, () => {
    const out: T[] = [];
    for (const { doc, kind } of file.yaml ?? []) if (kind === 'k8s') for (const item of ofDocument(doc)) out.push(item);
    return out;
  });
}

/**
 * `build` kept per parsed document. A re-lint after an edit reuses the documents the edit left alone
 * (documents/yaml-stream.ts), so rules that read the whole file rebuild only the fresh ones. Parsed
 * documents never change, so neither do these.
 */
export function perDocument<T>(build: (doc: Document.Parsed) => readonly T[]): (doc: Document.Parsed) => readonly T[] {
  return weakMemo(build);
}

/** The objects of one document (List items expanded), in order. */
export const documentResources = perDocument((doc): Resource[] => {
  const found: Resource[] = [];
  collect(doc, doc.contents, found, 0);
  return found;
});

function collect(doc: Document.Parsed, node: unknown, out: Resource[], depth: number): void {
  const resource = toResource(doc, node);
  if (!resource) return;
  const list = getNode(resource.node, 'items', doc);
  if (LIST_KIND.test(resource.kind) && list !== undefined) {
    if (depth < MAX_LIST_DEPTH) for (const item of items(list, doc)) collect(doc, item, out, depth + 1);
    return;
  }
  out.push(resource);
}

function toResource(doc: Document.Parsed, node: unknown): Resource | undefined {
  const map = asMap(node);
  const kindNode = getNode(map, 'kind', doc);
  const kind = stringValue(kindNode);
  if (!map || !kindNode || !kind) return undefined;
  const metadata = asMap(getNode(map, 'metadata', doc));
  const name = known(stringValue(getNode(metadata, 'name', doc)) ?? stringValue(getNode(metadata, 'generateName', doc)));
  return {
    doc,
    node: map,
    kind,
    apiVersion: stringValue(getNode(map, 'apiVersion', doc)),
    name,
    namespace: known(stringValue(getNode(metadata, 'namespace', doc))),
    kindNode,
    label: name ? `${kind}/${name}` : kind,
  };
}

/** A name filled in by a Helm template is unknown until rendering. */
function known(value: string | undefined): string | undefined {
  return value === undefined || isTemplatedText(value) ? undefined : value;
}
