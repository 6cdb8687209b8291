// Splits an image reference the way Docker's reference grammar does. Shared by the Dockerfile,
// Compose and Kubernetes rules, so it knows nothing about any of those files.

export interface ImageRef {
  /** Registry host (with port), only when the reference names one explicitly. */
  registry?: string;
  /** Path of the image inside its registry, e.g. `library/alpine` or `distroless/static`. */
  repository: string;
  tag?: string;
  /** Everything after `@`, e.g. `sha256:…`. */
  digest?: string;
}

export function parseImageRef(ref: string): ImageRef {
  let name = ref.trim();
  let digest: string | undefined;
  const at = name.indexOf('@');
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
  }

  let registry: string | undefined;
  const slash = name.indexOf('/');
  if (slash > 0) {
    const first = name.slice(0, slash);
    // Docker's rule: a first component is a registry only when it looks like a host.
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      name = name.slice(slash + 1);
    }
  }

  let tag: string | undefined;
  // With the registry gone, a ':' can only start the tag (it is never inside a path component).
  const colon = name.lastIndexOf(':');
  if (colon >= 0 && !name.slice(colon).includes('/')) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }

  const out: ImageRef = { repository: name };
  if (registry !== undefined) out.registry = registry;
  if (tag !== undefined) out.tag = tag;
  if (digest !== undefined) out.digest = digest;
  return out;
}
