import { isNullValue } from '../../kubernetes/null-values.js';
import { podSpecs } from '../../kubernetes/pod-specs.js';
import { RESTRICTED_VOLUME_TYPES } from '../../kubernetes/pss.js';
import { defineRule } from '../../rule.js';
import { entries, findPair, getNode, items, keyName, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/restricted-volume-types',
  severity: 'warning',
  fix: 'none',
  risk: 'host',
  title: 'Volume type outside the restricted allowlist',
  references: ['PSS-R'],
  aliases: ['KSV-0028'],
  appliesTo: 'k8s',
  profile: 'restricted',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      for (const volume of items(getNode(podSpec.node, 'volumes', podSpec.doc), podSpec.doc)) {
        const name = stringValue(findPair(volume, 'name', podSpec.doc)?.value);
        for (const entry of entries(volume, podSpec.doc)) {
          const type = keyName(entry.pair);
          // A volume with no source at all defaults to emptyDir; a null source is unset.
          if (type === undefined || type === 'name' || isNullValue(entry.value) || RESTRICTED_VOLUME_TYPES.has(type)) continue;
          // hostPath fails here too, but k8s/host-path-volume already reports it (as baseline does).
          if (type === 'hostPath') continue;
          ctx.report({
            at: entry.key,
            message: `Volume ${name ? `"${name}" ` : ''}of ${podSpec.label} is of type ${type}, which the restricted Pod Security Standard does not allow: only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes are.`,
            object: podSpec.label,
          });
        }
      }
    }
  },
});
