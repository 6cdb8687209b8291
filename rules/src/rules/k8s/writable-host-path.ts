import { setIn } from '../../fix/yaml-edits.js';
import { hostPathVolumes, isRuntimeSocketPath, type HostPathVolume, type VolumeMount } from '../../kubernetes/volumes.js';
import { singleEditFix, defineRule, type FixInput, type RuleContext } from '../../rule.js';

export default defineRule({
  id: 'k8s/writable-host-path',
  severity: 'warning',
  fix: 'safe',
  risk: 'host',
  title: 'Directory of the node is mounted writable',
  references: [],
  aliases: ['writable-host-mount', 'C-0045'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const volume of hostPathVolumes(ctx)) {
      for (const mount of volume.mounts) {
        if (mount.readOnly) continue;
        ctx.report({
          at: mount.readOnlyPair ?? mount.nameNode,
          message: `Container "${mount.container.name}" mounts hostPath volume "${volume.name}"${volume.path ? ` ("${volume.path}")` : ''} writable: it can change files the node and other pods rely on.`,
          object: mount.container.label,
          fix: () => readOnlyFix(ctx, volume, mount),
        });
      }
    }
  },
});

function readOnlyFix(ctx: RuleContext, volume: HostPathVolume, mount: VolumeMount): FixInput | null {
  // A read-only mount does not stop a client from connecting to a socket: offering it would mislead.
  if (volume.normalized && isRuntimeSocketPath(volume.normalized)) return null;
  const edit = setIn(ctx.file, mount.node, ['readOnly'], true, mount.container.podSpec.doc);
  return singleEditFix('Mount the volume with readOnly: true', edit);
}
