// compose/sensitive-host-mount: these host directories hold the host's configuration, kernel,
// devices, binaries and Docker's own data; a container that can write them controls the host, and
// one that can read them learns its secrets.
import { isMap } from '../../yaml/nodes.js';
import type { ParsedFile } from '../../documents/parse.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { insertEntries, setIn } from '../../fix/yaml-edits.js';
import { inheritedNote, type ComposeService } from '../../compose/services.js';
import { hostMounts, isSameOrBelow, type VolumeMount } from '../../compose/volumes.js';
import type { Edit } from '../../types.js';

/** Directories sensitive as a whole. Their subpaths (`/etc/localtime`, `/dev/snd`) are narrow choices and not reported. */
const DIRECTORIES = ['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/root', '/var/lib/docker'];
/** Directories where everything below is sensitive too: the kernel, root's keys, every container's data. */
const TREES = ['/boot', '/root', '/var/lib/docker'];

/** The sensitive directory the mount exposes: the path itself, one it contains (`/var` holds `/var/lib/docker`), or one it is inside. */
function exposedDirectory(path: string): string | undefined {
  return DIRECTORIES.find((d) => path === d || (path !== '/' && isSameOrBelow(d, path))) ?? TREES.find((t) => isSameOrBelow(path, t));
}

export default defineRule({
  id: 'compose/sensitive-host-mount',
  severity: 'error',
  fix: 'unsafe',
  risk: 'host',
  title: 'Service mounts a sensitive host directory',
  references: ['CIS-D 5.6'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const { svc, mount, path, at } of hostMounts(ctx)) {
      const exposed = exposedDirectory(path);
      if (!exposed) continue;
      const what = exposed === path ? `the host's ${path}` : `the host's ${path}${isSameOrBelow(path, exposed) ? '' : `, which contains ${exposed}`}`;
      ctx.report({
        at,
        message: mount.readOnly
          ? `Service "${svc.name}" mounts ${what} read-only${inheritedNote(mount.shared)}: the container can read the host's secrets and configuration there.`
          : `Service "${svc.name}" mounts ${what} writable${inheritedNote(mount.shared)}: the container can change the host through it.`,
        severity: mount.readOnly ? 'warning' : 'error',
        object: svc.label,
        fix: () => {
          const edit = mount.readOnly || mount.shared ? null : readOnlyEdit(ctx.file, svc, mount);
          return singleEditFix('Mount it read-only', edit);
        },
      });
    }
  },
});

/** `:ro` for the short syntax (replacing `rw`, or added to the options), `read_only: true` for the long one. */
function readOnlyEdit(file: ParsedFile, svc: ComposeService, mount: VolumeMount): Edit | null {
  if (mount.form === 'long') {
    if (!isMap(mount.node)) return null;
    return mount.readOnlyNode ? setIn(file, mount.node, ['read_only'], true, svc.doc) : insertEntries(file, mount.node, { read_only: true }, svc.doc);
  }
  const target = mount.target;
  if (!target?.exact) return null;
  if (!mount.mode) return { start: target.span.end, end: target.span.end, text: ':ro' };
  if (!mount.mode.exact) return null;
  const options = mount.mode.text.split(',');
  const rw = options.indexOf('rw');
  if (rw >= 0) options[rw] = 'ro';
  else options.push('ro');
  return { ...mount.mode.span, text: options.join(',') };
}
