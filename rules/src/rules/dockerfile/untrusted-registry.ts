// Base images should come only from registries the organisation controls or vets: the
// `trustedRegistries` setting. The rule is off by default; turned on without a list it trusts no
// registry yet, and its message says so.
import { parseImageRef } from '../../dockerfile/image-ref.js';
import { describeStage, stageLabel, stages } from '../../dockerfile/stages.js';
import { isTrustedImage, registryOf } from '../../images/registry.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/untrusted-registry',
  severity: 'off',
  severityWhenOn: 'warning',
  fix: 'none',
  risk: 'registry',
  title: 'Base image from a registry that is not trusted',
  references: [],
  aliases: ['DL3026'],
  appliesTo: 'dockerfile',
  check(ctx) {
    const trusted = ctx.config.trustedRegistries.filter((t) => t.trim() !== '');
    for (const stage of stages(ctx)) {
      if (stage.parent || !stage.image || !stage.imageRange || stage.image.toLowerCase() === 'scratch') continue;
      const ref = parseImageRef(stage.image);
      if (isTrustedImage(ref, trusted)) continue;
      const list = trusted.length > 0 ? `which is not in trustedRegistries (${trusted.join(', ')})` : 'and no trustedRegistries are configured';
      ctx.report({
        at: stage.imageRange,
        message: `FROM in ${describeStage(stage)} pulls ${stage.image} from ${registryOf(ref)}, ${list}: an image from an unvetted registry can contain anything.`,
        object: stageLabel(stage),
      });
    }
  },
});
