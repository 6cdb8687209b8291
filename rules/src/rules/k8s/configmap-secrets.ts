import { isNullValue } from '../../kubernetes/null-values.js';
import { resources, type Resource } from '../../kubernetes/resources.js';
import { isNotASecretValue, secretLiteralsIn, sensitiveConfigLinesIn } from '../../kubernetes/secret-values.js';
import { defineRule, type RuleContext } from '../../rule.js';
import { findSecretLiterals } from '../../secrets/literals.js';
import { isSensitiveName } from '../../secrets/names.js';
import { entries, getNode, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/configmap-secrets',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'ConfigMap holds a secret',
  references: [],
  aliases: ['KSV-0109', 'sensitiveConfigmapContent'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const resource of resources(ctx)) {
      if (resource.kind !== 'ConfigMap') continue;
      checkData(ctx, resource);
      checkBinaryData(ctx, resource);
    }
  },
});

const CONSEQUENCE = 'ConfigMaps are not encrypted at rest and anyone who may read them in the namespace can read it; keep it in a Secret.';

function checkData(ctx: RuleContext, resource: Resource): void {
  for (const { key, value } of entries(getNode(resource.node, 'data', resource.doc), resource.doc)) {
    const text = stringValue(value);
    if (!value || isNullValue(value) || text === undefined || text.trim() === '') continue;
    const name = String(key.value);
    // A key named like a secret holding the value itself (DB_PASSWORD: hunter2).
    if (isSensitiveName(name) && !text.includes('\n') && !isNotASecretValue(text.trim())) {
      ctx.report({ at: value, message: `Key "${name}" of ${resource.label} holds a secret value: ${CONSEQUENCE}`, object: resource.label });
      continue;
    }
    // Secret formats anywhere in the value, then `password = …` lines of an embedded config file.
    const found = secretLiteralsIn(ctx.file, value, text);
    const lines = found.length > 0 ? [] : sensitiveConfigLinesIn(ctx.file, value, text);
    for (const secret of [...found, ...lines]) {
      ctx.report({ at: secret.span, message: `Key "${name}" of ${resource.label} contains ${secret.kind}: ${CONSEQUENCE}`, object: resource.label });
    }
  }
}

/** binaryData values are base64: judged by key name, and by the secret formats in the decoded text. */
function checkBinaryData(ctx: RuleContext, resource: Resource): void {
  for (const { key, value } of entries(getNode(resource.node, 'binaryData', resource.doc), resource.doc)) {
    const text = stringValue(value)?.replace(/\s+/g, '');
    if (!value || !text) continue;
    const name = String(key.value);
    const literal = findSecretLiterals(decodeBase64(text) ?? '')[0];
    if (!literal && !isSensitiveName(name)) continue;
    ctx.report({
      at: value,
      message: `Key "${name}" of ${resource.label} ${literal ? `contains ${literal.kind} (base64-encoded)` : 'holds a secret value'}: ${CONSEQUENCE}`,
      object: resource.label,
    });
  }
}

function decodeBase64(text: string): string | undefined {
  try {
    return atob(text);
  } catch {
    return undefined;
  }
}
