import { hostPathVolumes, isPathUnder } from '../../kubernetes/volumes.js';
import { defineRule } from '../../rule.js';

/** Node directories whose contents control the node or hold its credentials; `/` itself matches only exactly. */
const SENSITIVE_DIRS = ['/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/root', '/var/lib/kubelet', '/var/lib/docker'];
/** Time-zone data: read by many apps from the node, and harmless to expose. */
const HARMLESS = ['/etc/localtime', '/etc/timezone', '/usr/share/zoneinfo'];

export default defineRule({
  id: 'k8s/sensitive-host-path',
  severity: 'error',
  fix: 'none',
  risk: 'host',
  title: 'Pod mounts a sensitive directory of the node',
  references: [],
  aliases: ['sensitive-host-mounts', 'KSV-0121'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const volume of hostPathVolumes(ctx)) {
      const path = volume.normalized;
      if (!path || !volume.pathNode || HARMLESS.some((h) => isPathUnder(path, h))) continue;
      const dir = path === '/' ? '/' : SENSITIVE_DIRS.find((d) => isPathUnder(path, d));
      if (!dir) continue;
      const where = path !== dir ? `"${volume.path}", inside the node's "${dir}"` : volume.path === dir ? `the node's "${dir}"` : `"${volume.path}", that is the node's "${dir}"`;
      ctx.report({
        at: volume.pathNode,
        message: `Volume ${volume.name ? `"${volume.name}" ` : ''}of ${volume.podSpec.label} mounts ${where}: the pod can read the node's credentials or change how the node runs.`,
        object: volume.podSpec.label,
      });
    }
  },
});
