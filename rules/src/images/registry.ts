// Where an image comes from, and whether the configured `trustedRegistries` vouch for it. One
// answer for the Dockerfile, Compose and Kubernetes rules.
import { parseImageRef, type ImageRef } from '../dockerfile/image-ref.js';

/** Registry hosts that all mean Docker Hub. */
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
export const DOCKER_HUB = 'docker.io';

/** The registry host the runtime pulls from: Docker Hub when the reference names none. */
export function registryOf(ref: ImageRef): string {
  const host = ref.registry?.toLowerCase();
  return host === undefined || DOCKER_HUB_HOSTS.has(host) ? DOCKER_HUB : host;
}

/** `registry/repository`, with Docker Hub's official images under `library/` as the registry stores them. */
export function imagePath(ref: ImageRef): string {
  const registry = registryOf(ref);
  const repository = ref.repository.toLowerCase();
  return `${registry}/${registry === DOCKER_HUB && !repository.includes('/') ? `library/${repository}` : repository}`;
}

/**
 * An entry of `trustedRegistries`: a registry host (`ghcr.io`, `registry:5000`), a host with a
 * leading wildcard (`*.dkr.ecr.eu-west-1.amazonaws.com`), or a host with a path prefix
 * (`ghcr.io/acme`, `docker.io/library`). Docker Hub may be written under any of its names.
 */
export function isTrustedBy(ref: ImageRef, entry: string): boolean {
  const e = entry.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/\/+$/, '');
  if (e === '') return false;
  const slash = e.indexOf('/');
  const rawHost = slash < 0 ? e : e.slice(0, slash);
  const host = DOCKER_HUB_HOSTS.has(rawHost) ? DOCKER_HUB : rawHost;
  const registry = registryOf(ref);
  if (host.startsWith('*.') ? !registry.endsWith(host.slice(1)) : registry !== host) return false;
  if (slash < 0) return true;
  const prefix = `${host}/${e.slice(slash + 1)}`;
  const path = imagePath(ref);
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** True when some entry vouches for the image. An empty list trusts nothing. */
export function isTrustedImage(image: string | ImageRef, trustedRegistries: readonly string[]): boolean {
  const ref = typeof image === 'string' ? parseImageRef(image) : image;
  return trustedRegistries.some((entry) => isTrustedBy(ref, entry));
}
