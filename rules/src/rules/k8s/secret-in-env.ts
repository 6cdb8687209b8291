import { envVars, isOnlyVariableReference } from '../../kubernetes/env.js';
import { allContainers } from '../../kubernetes/pod-specs.js';
import { isNotASecretValue, secretLiteralsIn } from '../../kubernetes/secret-values.js';
import { defineRule } from '../../rule.js';
import { isSensitiveName } from '../../secrets/names.js';

export default defineRule({
  id: 'k8s/secret-in-env',
  severity: 'error',
  fix: 'none',
  risk: 'image',
  title: 'Secret written into an environment variable',
  references: ['CIS-K 5.4.1'],
  aliases: ['env-var-secret', 'C-0012'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of allContainers(ctx)) {
      for (const env of envVars(container)) {
        if (!env.valueNode || env.value === undefined || env.value.trim() === '' || isOnlyVariableReference(env.value)) continue;
        const literals = secretLiteralsIn(ctx.file, env.valueNode, env.value);
        const named = env.name !== undefined && isSensitiveName(env.name) && !isNotASecretValue(env.value.trim());
        if (!named && literals.length === 0) continue;
        const variable = env.name ? `variable ${env.name}` : 'a variable';
        ctx.report({
          at: literals[0]?.span ?? env.valueNode,
          message: literals.length > 0
            ? `Container "${container.name}" sets ${variable} to ${literals[0].kind} written in the manifest: anyone who can read the manifest or the pod spec has it.`
            : `Container "${container.name}" sets ${variable} to a literal secret: anyone who can read the manifest or the pod spec has it.`,
          object: container.label,
        });
      }
    }
  },
});
