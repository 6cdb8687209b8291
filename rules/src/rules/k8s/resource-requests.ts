import { addResourceEntries, PLACEHOLDERS, quantity, RESOURCE_NAMES, type ResourceName } from '../../kubernetes/compute-resources.js';
import { appContainers } from '../../kubernetes/workloads.js';
import { singleEditFix, defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/resource-requests',
  severity: 'info',
  fix: 'unsafe',
  risk: 'orchestrator',
  title: 'Container has no CPU or memory request',
  references: [],
  aliases: ['KSV-0015', 'KSV-0016', 'CKV_K8S_10', 'CKV_K8S_12'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of appContainers(ctx)) {
      // Kubernetes sets a missing request to the limit, so a limit alone is a request too.
      const missing = RESOURCE_NAMES.filter((n) => quantity(container, 'requests', n) === undefined && quantity(container, 'limits', n) === undefined);
      if (missing.length === 0) continue;
      const values: Partial<Record<ResourceName, string>> = {};
      for (const n of missing) values[n] = PLACEHOLDERS.requests[n];
      const what = missing.length === 2 ? 'CPU or memory request' : missing[0] === 'cpu' ? 'CPU request' : 'memory request';
      ctx.report({
        at: container.anchor,
        missing: true,
        message: `Container "${container.name}" has no ${what}: the scheduler cannot reserve room for it, so it may land on a full node and be the first one evicted.`,
        object: container.label,
        fix: () => {
          const edit = addResourceEntries(ctx, container, 'requests', values);
          return singleEditFix(`Add ${Object.entries(values).map(([k, v]) => `${k} ${v}`).join(' and ')} requests (placeholders: adjust to the container's needs)`, edit);
        },
      });
    }
  },
});
