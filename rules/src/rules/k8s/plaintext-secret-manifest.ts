import { TEMPLATE_MARK } from '../../documents/templates.js';
import { isNullValue } from '../../kubernetes/null-values.js';
import { resources } from '../../kubernetes/resources.js';
import { defineRule } from '../../rule.js';
import { entries, findPair, stringValue, type FoundPair } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/plaintext-secret-manifest',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Secret values committed in a manifest',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const resource of resources(ctx)) {
      // Only the core Secret: SealedSecret, ExternalSecret and other kinds carry no readable value.
      if (resource.kind !== 'Secret' || (resource.apiVersion !== undefined && resource.apiVersion !== 'v1')) continue;
      // A SOPS-encrypted file carries a top-level `sops:` block; its values are ciphertext.
      if (findPair(resource.node, 'sops', resource.doc)) continue;
      for (const field of ['stringData', 'data']) {
        const block = findPair(resource.node, field, resource.doc);
        if (!block || !entries(block.value, resource.doc).some(hasWrittenValue)) continue;
        ctx.report({
          at: block.key,
          message: `${resource.label} has its values written in ${field}${field === 'data' ? ' (base64 is an encoding, not encryption)' : ''}: anyone who can read this file has them; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted file instead.`,
          object: resource.label,
        });
        break;
      }
    }
  },
});

/** A value actually written here: not empty, not a template expression (masked in Helm files) or a SOPS ciphertext. */
function hasWrittenValue({ value }: FoundPair): boolean {
  if (!value || isNullValue(value)) return false;
  const text = stringValue(value);
  return text !== undefined && text.trim() !== '' && !text.includes('{{') && !text.includes(TEMPLATE_MARK) && !/^ENC\[/.test(text);
}
