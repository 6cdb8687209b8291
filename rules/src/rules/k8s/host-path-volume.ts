import { isNullValue } from '../../kubernetes/null-values.js';
import { podSpecs } from '../../kubernetes/pod-specs.js';
import { defineRule } from '../../rule.js';
import { asMap, findPair, getNode, items, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/host-path-volume',
  severity: 'error',
  fix: 'none',
  risk: 'host',
  title: 'Pod mounts a directory of the node',
  references: ['PSS-B'],
  aliases: ['KSV-0023', 'C-0048'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      for (const volume of items(getNode(podSpec.node, 'volumes', podSpec.doc), podSpec.doc)) {
        const hostPath = findPair(volume, 'hostPath', podSpec.doc);
        if (!hostPath || isNullValue(hostPath.value)) continue;
        const path = stringValue(getNode(asMap(hostPath.value), 'path', podSpec.doc));
        const name = stringValue(getNode(volume, 'name', podSpec.doc));
        const what = path ? `the node's "${path}"` : 'a path of the node';
        ctx.report({
          at: hostPath.key,
          message: `Volume ${name ? `"${name}" ` : ''}of ${podSpec.label} mounts ${what} through hostPath: the pod can read or change the node's files and escape its isolation.`,
          object: podSpec.label,
        });
      }
    }
  },
});
