// Who a container runs as: the USER values that mean root, the non-root user our fixes set,
// and base images known to set a non-root user themselves.
import { parseImageRef } from './image-ref.js';

/** The user fixes switch to: a high uid/gid that exists in no base image's /etc/passwd. */
export const NON_ROOT_USER = '10001:10001';

/** `root`, `0`, `root:<group>`, `0:<group>` (a uid of all zeros is still 0). */
export function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0];
  return name === 'root' || /^0+$/.test(name);
}

/** Images whose default user is not root: distroless `:nonroot`, Chainguard, `*-nonroot` tags. */
export function runsAsNonRootByDefault(image: string): boolean {
  const { registry, repository, tag } = parseImageRef(image.toLowerCase());
  if (registry === 'cgr.dev') return true;
  if (tag === undefined) return false;
  if (tag.endsWith('-nonroot')) return true;
  const distroless = `${registry ?? ''}/${repository}`.includes('distroless');
  return distroless && (tag === 'nonroot' || tag.startsWith('nonroot-'));
}
