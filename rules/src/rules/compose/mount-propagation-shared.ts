// compose/mount-propagation-shared: with shared propagation, mounts made inside the container appear
// on the host (and the host's in the container), so a container can mount over host paths.
import type { ParsedFile } from '../../documents/parse.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { removeEntry } from '../../fix/yaml-edits.js';
import { findingAnchor, inheritedNote, services, setting, type ComposeService } from '../../compose/services.js';
import { serviceVolumes, type VolumeMount } from '../../compose/volumes.js';
import type { Edit } from '../../types.js';
import { findPair, getNode, isMap } from '../../yaml/nodes.js';

const SHARED = new Set(['shared', 'rshared']);

export default defineRule({
  id: 'compose/mount-propagation-shared',
  severity: 'warning',
  fix: 'safe',
  risk: 'host',
  title: 'Bind mount uses shared propagation',
  references: ['CIS-D 5.20'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      const volumes = setting(svc, 'volumes');
      if (!volumes) continue;
      for (const mount of serviceVolumes(svc, ctx.text)) {
        const propagation = mount.propagation;
        if (!propagation || !SHARED.has(propagation.text.trim())) continue;
        ctx.report({
          at: mount.shared ? findingAnchor(volumes) : propagation.span,
          message: `Service "${svc.name}" mounts ${mount.source?.text ?? mount.target?.text ?? 'a path'} with ${propagation.text.trim()} propagation${inheritedNote(mount.shared)}: mounts made in the container reach the host.`,
          object: svc.label,
          fix: () => {
            const edit = mount.shared ? null : removePropagation(ctx.file, svc, mount);
            return singleEditFix(`Remove ${propagation.text.trim()} propagation`, edit);
          },
        });
      }
    }
  },
});

/** Drops the option from the short syntax's mode (and its `:` when it was the only one), or the long syntax's `propagation` (and an emptied `bind:`). */
function removePropagation(file: ParsedFile, svc: ComposeService, mount: VolumeMount): Edit | null {
  const propagation = mount.propagation!;
  if (mount.form === 'short') {
    const mode = mount.mode;
    if (!mode?.exact || !propagation.exact) return null;
    if (mode.text.trim() === propagation.text) return { start: mode.span.start - 1, end: mode.span.end, text: '' };
    const options = mode.text.split(',').filter((o) => o !== propagation.text);
    return { ...mode.span, text: options.join(',') };
  }
  const bind = getNode(mount.node, 'bind', svc.doc);
  const bindPair = findPair(mount.node, 'bind', svc.doc);
  const pair = findPair(bind, 'propagation', svc.doc);
  if (!isMap(bind) || !isMap(mount.node) || !bindPair || !pair || bindPair.merged || pair.merged) return null;
  return bind.items.length === 1 ? removeEntry(file, mount.node, bindPair.pair, svc.doc) : removeEntry(file, bind, pair.pair, svc.doc);
}
