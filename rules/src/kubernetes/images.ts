// The image each container runs, parsed with the shared reference grammar. Shared by the image
// rules (tag, digest, registry, pull policy).
import { parseImageRef, type ImageRef } from '../dockerfile/image-ref.js';
import { registryOf } from '../images/registry.js';
import { TEMPLATE_MARK } from '../documents/templates.js';
import type { RuleContext } from '../rule.js';
import { getNode, stringValue, type YNode } from '../yaml/nodes.js';
import { allContainers, type Container } from './pod-specs.js';

export interface ContainerImage {
  container: Container;
  /** The `image:` value node. */
  node: YNode;
  image: string;
  ref: ImageRef;
  /** The registry host the runtime pulls from: Docker Hub (`docker.io`) when none is named. */
  registry: string;
}


export function containerImages(ctx: RuleContext): ContainerImage[] {
  return ctx.memo('kubernetes/container-images', () => allContainers(ctx).flatMap((c) => {
    const image = imageOf(c);
    return image ? [image] : [];
  }));
}

function imageOf(container: Container): ContainerImage | undefined {
  const node = getNode(container.node, 'image', container.podSpec.doc);
  const image = stringValue(node)?.trim();
  // An empty image, or one filled in later (Helm/kustomize placeholders, `$(VAR)`), cannot be judged.
  if (!node || !image || /[${}\s]/.test(image) || image.includes(TEMPLATE_MARK)) return undefined;
  const ref = parseImageRef(image);
  return { container, node, image, ref, registry: registryOf(ref) };
}


/** Without a digest the runtime resolves the tag at pull time, and a tag can be moved. */
export function isPinnedByDigest(ref: ImageRef): boolean {
  return ref.digest !== undefined;
}

/** No tag and no digest, or the `latest` tag: the image changes whenever someone pushes. */
export function isLatest(ref: ImageRef): boolean {
  return ref.digest === undefined && (ref.tag === undefined || ref.tag === 'latest');
}
