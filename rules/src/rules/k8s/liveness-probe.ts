import { findPair } from '../../yaml/nodes.js';
import { isNullValue } from '../../kubernetes/null-values.js';
import { appContainers, isLongRunning } from '../../kubernetes/workloads.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/liveness-probe',
  severity: 'off',
  severityWhenOn: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Container has no liveness probe',
  references: [],
  aliases: ['CKV_K8S_8'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of appContainers(ctx)) {
      if (!isLongRunning(container.podSpec)) continue;
      const probe = findPair(container.node, 'livenessProbe', container.podSpec.doc);
      if (probe && !isNullValue(probe.value)) continue;
      ctx.report({
        at: container.anchor,
        missing: true,
        message: `Container "${container.name}" has no livenessProbe: Kubernetes cannot tell when it hangs, so it is never restarted.`,
        object: container.label,
      });
    }
  },
});
