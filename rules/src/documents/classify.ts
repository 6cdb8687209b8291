// Decides what a YAML document is: a Compose file, a kubeconfig, or a Kubernetes object.
import { isMap, type Document } from 'yaml';
import type { FileKind } from '../types.js';
import { entries, getNode, stringValue } from '../yaml/nodes.js';

export function classifyYamlDocument(doc: Document.Parsed, composeByName: boolean): FileKind | null {
  const root = doc.contents;
  if (!isMap(root)) return null;
  const kind = stringValue(getNode(root, 'kind', doc));
  const apiVersion = getNode(root, 'apiVersion', doc);
  if (kind === 'Config' && (getNode(root, 'clusters', doc) !== undefined || getNode(root, 'users', doc) !== undefined)) return 'kubeconfig';
  if (kind && apiVersion !== undefined) return 'k8s';
  const services = getNode(root, 'services', doc);
  if (composeByName && (services !== undefined || kind === undefined)) return 'compose';
  if (isMap(services) && entries(services, doc).some((e) => isMap(e.value) && (getNode(e.value, 'image', doc) !== undefined || getNode(e.value, 'build', doc) !== undefined))) return 'compose';
  return null;
}
