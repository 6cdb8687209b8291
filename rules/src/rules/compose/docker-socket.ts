// compose/docker-socket: whoever can talk to the container runtime's socket can start a privileged
// container that mounts the host's root filesystem: it is root on the host, read-only mount or not.
import { defineRule } from '../../rule.js';
import { inheritedNote } from '../../compose/services.js';
import { hostMounts, isSameOrBelow } from '../../compose/volumes.js';

/** Runtime API sockets, under /run (which /var/run links to on every current distribution). */
const SOCKETS = ['docker.sock', 'containerd/containerd.sock', 'crio/crio.sock', 'podman/podman.sock'];

/** The socket a host path exposes: the socket itself, or a directory that contains it. */
function exposedSocket(path: string): string | undefined {
  const underRun = path.replace(/^\/var\/run(?=\/|$)/, '/run');
  for (const socket of SOCKETS) {
    const full = `/run/${socket}`;
    if (underRun === full) return path;
    // `/run` or `/run/containerd`: the socket is inside the mounted directory.
    if (underRun !== '/' && isSameOrBelow(full, underRun)) return `${path}/${full.slice(underRun.length + 1)}`;
  }
  return undefined;
}

export default defineRule({
  id: 'compose/docker-socket',
  severity: 'error',
  fix: 'none',
  risk: 'host',
  title: 'Service mounts the container runtime socket',
  references: ['CIS-D 5.32'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const { svc, mount, path, at } of hostMounts(ctx)) {
      const socket = exposedSocket(path);
      if (!socket) continue;
      const what = socket === path ? `the runtime socket ${path}` : `${path}, which holds the runtime socket ${socket}`;
      ctx.report({
        at,
        message: `Service "${svc.name}" mounts ${what}${inheritedNote(mount.shared)}: through it the container can start a privileged container and take over the host.`,
        object: svc.label,
      });
    }
  },
});
