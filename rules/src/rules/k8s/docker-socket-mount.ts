import { hostPathVolumes, isRuntimeSocketPath } from '../../kubernetes/volumes.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/docker-socket-mount',
  severity: 'error',
  fix: 'none',
  risk: 'host',
  title: 'Pod mounts the container runtime socket',
  references: [],
  aliases: ['KSV-0006', 'CKV_K8S_27', 'docker-sock', 'C-0074'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const volume of hostPathVolumes(ctx)) {
      if (!volume.normalized || !volume.pathNode || !isRuntimeSocketPath(volume.normalized)) continue;
      ctx.report({
        at: volume.pathNode,
        message: `Volume ${volume.name ? `"${volume.name}" ` : ''}of ${volume.podSpec.label} mounts the node's container runtime socket ("${volume.path}"): whoever can talk to it can start a privileged container and take over the node.`,
        object: volume.podSpec.label,
      });
    }
  },
});
