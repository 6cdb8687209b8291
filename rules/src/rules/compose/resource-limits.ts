// compose/resource-limits: without memory and CPU limits one container (a leak, a runaway loop, a
// flood of requests) can starve every other container and the host itself.
import { singleEditFix, defineRule, type RuleContext } from '../../rule.js';
import { insertEntries, raw, type YamlValue } from '../../fix/yaml-edits.js';
import { deployLimit, services, setting, type ComposeService } from '../../compose/services.js';
import { asMap } from '../../yaml/nodes.js';
import type { ParsedFile } from '../../documents/parse.js';

// Placeholders for the user to adjust (the fix is never applied by "fix all").
const MEMORY = '512m';
const CPUS = '1.0';

/** Settings that cap a service's memory. */
const MEMORY_KEYS = ['mem_limit'];
/** Settings that cap a service's CPU time (`cpu_count`/`cpu_percent` on Windows, `cpuset` pins it to some CPUs). */
const CPU_KEYS = ['cpus', 'cpu_quota', 'cpu_count', 'cpu_percent', 'cpuset'];

function hasAny(svc: ComposeService, keys: string[], deployKey: string): boolean {
  for (const key of keys) if (setting(svc, key)) return true;
  return deployLimit(svc, deployKey) !== undefined;
}

export default defineRule({
  id: 'compose/resource-limits',
  severity: 'info',
  fix: 'unsafe',
  risk: 'host',
  title: 'Service has no memory or CPU limit',
  references: ['CIS-D 5.11', 'CIS-D 5.12'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      // An override file or `extends:` may get the limits from the base service.
      if (svc.partial) continue;
      const noMemory = !hasAny(svc, MEMORY_KEYS, 'memory');
      const noCpu = !hasAny(svc, CPU_KEYS, 'cpus');
      if (noMemory || noCpu) report(ctx, svc, noMemory, noCpu);
    }
  },
});

function report(ctx: RuleContext, svc: ComposeService, noMemory: boolean, noCpu: boolean): void {
  const missing = [noMemory && 'memory limit', noCpu && 'CPU limit'].filter(Boolean).join(' and no ');
  ctx.report({
    at: svc.keyNode,
    message: `Service "${svc.name}" has no ${missing}: it can starve the other containers and the host.`,
    object: svc.label,
    fix: () => limitsFix(ctx.file, svc, noMemory, noCpu),
  });
}

/** Adds the placeholders where the service already keeps its limits: `deploy.resources.limits`, or the service's own keys. */
function limitsFix(file: ParsedFile, svc: ComposeService, memory: boolean, cpu: boolean) {
  const limits = setting(svc, ['deploy', 'resources', 'limits']);
  const entries: Record<string, YamlValue> = {};
  const limitsMap = limits?.own ? asMap(limits.value) : undefined;
  if (limitsMap) {
    if (memory) entries.memory = raw(MEMORY);
    if (cpu) entries.cpus = raw(`"${CPUS}"`);
  } else {
    if (memory) entries.mem_limit = raw(MEMORY);
    if (cpu) entries.cpus = raw(CPUS);
  }
  const edit = insertEntries(file, limitsMap ?? svc.node, entries, svc.doc);
  const what = Object.keys(entries).join(' and ');
  return singleEditFix(`Add ${what} placeholders`, edit);
}
