import { removeEntry } from '../../fix/yaml-edits.js';
import { podSpecs } from '../../kubernetes/pod-specs.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { findPair, isTrue } from '../../yaml/nodes.js';

/** Each host namespace field, with what sharing it gives the pod. */
const HOST_NAMESPACES: readonly [field: string, consequence: string][] = [
  ['hostNetwork', "uses the node's network stack: it can bind the node's ports and reach services that only listen on the node"],
  ['hostPID', "sees every process of the node: it can read their environment and signal or trace them"],
  ['hostIPC', "shares the node's IPC namespace: it can read and write shared memory of the node's processes"],
];

export default defineRule({
  id: 'k8s/host-namespaces',
  severity: 'error',
  fix: 'unsafe',
  risk: 'host',
  title: "Pod shares the node's network, process or IPC namespace",
  references: ['PSS-B'],
  aliases: ['KSV-0008', 'KSV-0009', 'KSV-0010', 'CKV_K8S_17', 'CKV_K8S_18', 'CKV_K8S_19', 'C-0038', 'C-0041'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      for (const [field, consequence] of HOST_NAMESPACES) {
        const found = findPair(podSpec.node, field, podSpec.doc);
        if (!found || !isTrue(found.value)) continue;
        ctx.report({
          at: found.pair,
          message: `${podSpec.label} sets ${field}: true, so it ${consequence}.`,
          object: podSpec.label,
          fix: () => singleEditFix(`Remove ${field}`, found.merged ? null : removeEntry(ctx.file, podSpec.node, found.pair, podSpec.doc)),
        });
      }
    }
  },
});
