import { containerImages, isLatest } from '../../kubernetes/images.js';
import { defineRule } from '../../rule.js';

export default defineRule({
  id: 'k8s/image-latest-tag',
  severity: 'warning',
  fix: 'none',
  risk: 'image',
  title: 'Container image is untagged or uses latest',
  references: [],
  aliases: ['KSV-0013', 'CKV_K8S_14', 'latest-tag'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const { container, node, image, ref } of containerImages(ctx)) {
      if (!isLatest(ref)) continue;
      ctx.report({
        at: node,
        message: `Container "${container.name}" runs ${ref.tag === undefined ? `"${image}" with no tag` : `"${image}"`}: each node may pull a different image, so what runs is not what was tested and a rollback cannot return to it.`,
        object: container.label,
      });
    }
  },
});
