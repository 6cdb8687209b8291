import { findPair } from '../../yaml/nodes.js';
import { isNullValue } from '../../kubernetes/null-values.js';
import { appContainers, isLongRunning } from '../../kubernetes/workloads.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/readiness-probe',
  severity: 'off',
  severityWhenOn: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Container has no readiness probe',
  references: [],
  aliases: ['CKV_K8S_9'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of appContainers(ctx)) {
      if (!isLongRunning(container.podSpec)) continue;
      const probe = findPair(container.node, 'readinessProbe', container.podSpec.doc);
      if (probe && !isNullValue(probe.value)) continue;
      ctx.report({
        at: container.anchor,
        missing: true,
        message: `Container "${container.name}" has no readinessProbe: it receives traffic as soon as it starts and keeps receiving it while it cannot serve.`,
        object: container.label,
      });
    }
  },
});
