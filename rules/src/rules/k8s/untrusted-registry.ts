import { isTrustedImage } from '../../images/registry.js';
import { containerImages } from '../../kubernetes/images.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/untrusted-registry',
  severity: 'off',
  severityWhenOn: 'warning',
  fix: 'none',
  risk: 'registry',
  title: 'Container image comes from an untrusted registry',
  references: [],
  aliases: ['KSV-0032', 'KSV-0033', 'KSV-0034', 'KSV-0035', 'KSV-0125'],
  appliesTo: 'k8s',
  check(ctx) {
    const trusted = ctx.config.trustedRegistries.filter((t) => t.trim() !== '');
    // The rule is off by default: turned on without a list, no registry is trusted yet, and the message says so.
    for (const image of containerImages(ctx)) {
      if (isTrustedImage(image.ref, trusted)) continue;
      ctx.report({
        at: image.node,
        message: `Container "${image.container.name}" pulls "${image.image}" from ${image.registry}${trusted.length === 0 ? ' and no trustedRegistries are configured' : ', which is not in trustedRegistries'}: its contents are not vetted by your organisation.`,
        object: image.container.label,
      });
    }
  },
});
