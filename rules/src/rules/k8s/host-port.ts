import { isTemplated } from '../../documents/templates.js';
import { removeEntry } from '../../fix/yaml-edits.js';
import { isNullValue } from '../../kubernetes/null-values.js';
import { allContainers } from '../../kubernetes/pod-specs.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { asMap, findPair, getNode, items, scalarValue, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/host-port',
  severity: 'error',
  fix: 'unsafe',
  risk: 'container',
  title: "Container binds a port of the node",
  references: ['PSS-B'],
  aliases: ['KSV-0024', 'CKV_K8S_26', 'C-0044'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of allContainers(ctx)) {
      const { doc } = container.podSpec;
      for (const item of items(getNode(container.node, 'ports', doc), doc)) {
        const port = asMap(item);
        const hostPort = port && findPair(port, 'hostPort', doc);
        // 0 (and an unset value) means "no host port".
        if (!port || !hostPort || isNullValue(hostPort.value) || isTemplated(hostPort.value) || scalarValue(hostPort.value) === 0 || stringValue(hostPort.value) === '0') continue;
        ctx.report({
          at: hostPort.pair,
          message: `Container "${container.name}" binds port ${stringValue(hostPort.value) ?? '?'} of the node (hostPort): it is reachable on the node's address, bypassing network policies, and only one such pod fits on each node.`,
          object: container.label,
          fix: () => singleEditFix('Remove hostPort', hostPort.merged ? null : removeEntry(ctx.file, port, hostPort.pair, doc)),
        });
      }
    }
  },
});
