// hostPath volumes of every pod spec, with the node path normalised and the containers' mounts of
// each volume. Shared by the hostPath rules (runtime sockets, sensitive paths, writable mounts).
import type { RuleContext } from '../rule.js';
import { asMap, findPair, getNode, isTrue, items, stringValue, type YMap, type YNode, type YPair } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import { containers, podSpecs, type Container, type PodSpec } from './pod-specs.js';

export interface VolumeMount {
  container: Container;
  /** The mount's own mapping in `volumeMounts`. */
  node: YMap;
  /** The mount's `name:` value: where findings about the mount are anchored. */
  nameNode: YNode;
  /** The `readOnly: …` pair, when written. */
  readOnlyPair: YPair | undefined;
  readOnly: boolean;
}

export interface HostPathVolume {
  podSpec: PodSpec;
  name: string | undefined;
  /** The `hostPath` key. */
  key: YNode;
  /** The `path:` value node, when written as a scalar. */
  pathNode: YNode | undefined;
  /** The path as written. */
  path: string | undefined;
  /** The path as the node resolves it (see normalizeHostPath), when it is an absolute Unix path. */
  normalized: string | undefined;
  mounts: VolumeMount[];
}

export function hostPathVolumes(ctx: RuleContext): HostPathVolume[] {
  return ctx.memo('kubernetes/host-path-volumes', () => podSpecs(ctx).flatMap(hostPathVolumesOf));
}

function hostPathVolumesOf(podSpec: PodSpec): HostPathVolume[] {
  const { doc } = podSpec;
  const out: HostPathVolume[] = [];
  const podContainers = containers(podSpec);
  for (const volume of items(getNode(podSpec.node, 'volumes', doc), doc)) {
    const hostPath = findPair(volume, 'hostPath', doc);
    if (!hostPath || isNullValue(hostPath.value)) continue;
    const pathNode = getNode(asMap(hostPath.value), 'path', doc) ?? undefined;
    const path = stringValue(pathNode);
    const name = stringValue(getNode(volume, 'name', doc));
    out.push({
      podSpec,
      name,
      key: hostPath.key,
      pathNode: path === undefined ? undefined : pathNode,
      path,
      normalized: path === undefined ? undefined : normalizeHostPath(path),
      mounts: name === undefined ? [] : podContainers.flatMap((c) => mountsOf(c, name)),
    });
  }
  return out;
}

function mountsOf(container: Container, volumeName: string): VolumeMount[] {
  const { doc } = container.podSpec;
  const out: VolumeMount[] = [];
  for (const item of items(getNode(container.node, 'volumeMounts', doc), doc)) {
    const node = asMap(item);
    const nameNode = getNode(node, 'name', doc);
    if (!node || !nameNode || stringValue(nameNode) !== volumeName) continue;
    const readOnly = findPair(node, 'readOnly', doc);
    out.push({ container, node, nameNode, readOnlyPair: readOnly?.pair, readOnly: isTrue(readOnly?.value) });
  }
  return out;
}

/**
 * The absolute path the node opens: repeated and trailing slashes dropped, `.` and `..` resolved,
 * and `/var/run` read as `/run` (a symlink to it on every current Linux distribution). Undefined for
 * relative or Windows paths, which these rules do not judge.
 */
export function normalizeHostPath(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  if (parts[0] === 'var' && parts[1] === 'run') parts.splice(0, 2, 'run');
  return '/' + parts.join('/');
}

/** True when `path` is `dir` or lies below it (both normalised). */
export function isPathUnder(path: string, dir: string): boolean {
  if (dir === '/') return true;
  return path === dir || path.startsWith(dir + '/');
}

/** Unix sockets of container runtimes (and the directories holding them): access to one is root on the node. */
const RUNTIME_SOCKET_NAMES = ['docker.sock', 'containerd.sock', 'crio.sock', 'cri-dockerd.sock', 'podman.sock'];
const RUNTIME_SOCKET_DIRS = ['/run', '/run/containerd', '/run/crio', '/run/docker', '/run/podman', '/run/k3s/containerd'];

export function isRuntimeSocketPath(normalized: string): boolean {
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  return RUNTIME_SOCKET_NAMES.includes(base) || RUNTIME_SOCKET_DIRS.includes(normalized);
}
