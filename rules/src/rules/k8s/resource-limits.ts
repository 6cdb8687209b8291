import { addResourceEntries, PLACEHOLDERS, quantity, RESOURCE_NAMES, type ResourceName } from '../../kubernetes/compute-resources.js';
import { appContainers } from '../../kubernetes/workloads.js';
import { singleEditFix, defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/resource-limits',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'host',
  title: 'Container has no CPU or memory limit',
  references: [],
  aliases: ['KSV-0011', 'KSV-0018', 'CKV_K8S_11', 'CKV_K8S_13', 'C-0050'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of appContainers(ctx)) {
      const missing = RESOURCE_NAMES.filter((n) => quantity(container, 'limits', n) === undefined);
      if (missing.length === 0) continue;
      // A limit below the request is rejected by the API server: reuse the request when there is one.
      const values: Partial<Record<ResourceName, string>> = {};
      for (const n of missing) values[n] = quantity(container, 'requests', n) || PLACEHOLDERS.limits[n];
      const what = missing.length === 2 ? 'CPU and memory' : missing[0] === 'cpu' ? 'CPU' : 'memory';
      ctx.report({
        at: container.anchor,
        missing: true,
        message: `Container "${container.name}" has no ${what} limit: it can take all the node's ${what} from the other pods there.`,
        object: container.label,
        fix: () => singleEditFix(`Add ${describe(values)} limits (placeholders: adjust to the container's needs)`, addResourceEntries(ctx, container, 'limits', values)),
      });
    }
  },
});

function describe(values: Partial<Record<ResourceName, string>>): string {
  return Object.entries(values).map(([k, v]) => `${k} ${v}`).join(' and ');
}
