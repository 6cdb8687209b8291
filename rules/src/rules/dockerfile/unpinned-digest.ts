// A tag is a pointer the publisher (or whoever controls the registry account) can move; only a
// digest names the exact image bytes that were reviewed.
import { parseImageRef } from '../../dockerfile/image-ref.js';
import { describeStage, stageLabel, stages } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/unpinned-digest',
  severity: 'off',
  severityWhenOn: 'warning',
  fix: 'none',
  risk: 'registry',
  title: 'Base image is not pinned by digest',
  references: ['CIS-D 4.2'],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const stage of stages(ctx)) {
      // Earlier stages, unresolvable images and scratch have no digest to pin.
      if (stage.parent || !stage.image || !stage.imageRange || stage.image.toLowerCase() === 'scratch') continue;
      if (parseImageRef(stage.image).digest?.startsWith('sha256:')) continue;
      ctx.report({
        at: stage.imageRange,
        message: `FROM in ${describeStage(stage)} uses ${stage.image} without a digest: the tag can be moved to a different image, so builds are not reproducible or reviewable.`,
        object: stageLabel(stage),
      });
    }
  },
});
