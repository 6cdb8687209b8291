import { containerImages, isPinnedByDigest } from '../../kubernetes/images.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/image-digest',
  severity: 'off',
  severityWhenOn: 'info',
  fix: 'none',
  risk: 'registry',
  title: 'Container image is not pinned by digest',
  references: [],
  aliases: ['CKV_K8S_43', 'C-0306'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const { container, node, image, ref } of containerImages(ctx)) {
      if (isPinnedByDigest(ref)) continue;
      ctx.report({
        at: node,
        message: `Container "${container.name}" runs "${image}" without a digest: whoever can push to the tag decides what the pod runs.`,
        object: container.label,
      });
    }
  },
});
