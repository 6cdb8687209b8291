// An untagged or `:latest` base image is a moving target: each build may get a different image.
import { defineRule } from '../../rule.js';
import { parseImageRef } from '../../dockerfile/image-ref.js';
import { describeStage, stageLabel, stages } from '../../dockerfile/stages.js';

export default defineRule({
  id: 'dockerfile/latest-tag',
  severity: 'warning',
  fix: 'none',
  risk: 'image',
  title: 'Base image is untagged or uses latest',
  references: ['CIS-D 4.2'],
  aliases: ['DL3006', 'DL3007', 'DS-0001', 'CKV_DOCKER_7'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const stage of stages(ctx)) {
      // A stage alias, an image we cannot resolve, and the empty image have no tag to pin.
      if (stage.parent || !stage.image || !stage.imageRange || stage.image.toLowerCase() === 'scratch') continue;
      const ref = parseImageRef(stage.image);
      if (ref.digest !== undefined || (ref.tag !== undefined && ref.tag !== 'latest')) continue;
      const what = ref.tag === undefined ? `${stage.image} with no tag` : stage.image;
      ctx.report({
        at: stage.imageRange,
        message: `FROM in ${describeStage(stage)} uses ${what}: every build may pull a different image, so what you tested is not what ships.`,
        object: stageLabel(stage),
      });
    }
  },
});
