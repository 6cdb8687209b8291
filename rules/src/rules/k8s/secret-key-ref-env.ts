import { envFromSources, envVars } from '../../kubernetes/env.js';
import { allContainers } from '../../kubernetes/pod-specs.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/secret-key-ref-env',
  severity: 'off',
  severityWhenOn: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Secret passed as an environment variable',
  references: ['CIS-K 5.4.1'],
  aliases: ['CKV_K8S_35', 'C-0207'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of allContainers(ctx)) {
      for (const env of envVars(container)) {
        if (!env.secretKeyRefKey) continue;
        ctx.report({
          at: env.secretKeyRefKey,
          message: `Container "${container.name}" reads a Secret into ${env.name ? `variable ${env.name}` : 'a variable'}: environment variables leak into logs, crash dumps and child processes; mount the Secret as a file instead.`,
          object: container.label,
        });
      }
      for (const source of envFromSources(container)) {
        if (!source.secretRefKey) continue;
        ctx.report({
          at: source.secretRefKey,
          message: `Container "${container.name}" imports a whole Secret as environment variables: they leak into logs, crash dumps and child processes; mount the Secret as files instead.`,
          object: container.label,
        });
      }
    }
  },
});
