import { setIn } from '../../fix/yaml-edits.js';
import { containerImages, isLatest, isPinnedByDigest } from '../../kubernetes/images.js';
import { isNullValue } from '../../kubernetes/null-values.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { findPair, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/image-pull-policy',
  severity: 'off',
  severityWhenOn: 'info',
  fix: 'unsafe',
  risk: 'registry',
  title: 'Mutable image tag is not always pulled',
  references: [],
  aliases: ['CKV_K8S_15', 'C-0075'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const { container, image, ref } of containerImages(ctx)) {
      // A digest cannot move, so a cached copy is the same image.
      if (isPinnedByDigest(ref)) continue;
      const { doc } = container.podSpec;
      const found = findPair(container.node, 'imagePullPolicy', doc);
      const policy = found && !isNullValue(found.value) ? stringValue(found.value) : undefined;
      if (policy === 'Always') continue;
      // Unset, Kubernetes defaults to Always for latest or untagged images.
      if (policy === undefined && isLatest(ref)) continue;
      ctx.report({
        at: policy === undefined ? container.anchor : found!.pair,
        missing: policy === undefined,
        message: `Container "${container.name}" runs "${image}" with imagePullPolicy ${policy ?? 'IfNotPresent (the default)'}: a node keeps running whatever it cached under that tag, even after the tag moves.`,
        object: container.label,
        // Unsafe: Always needs the registry at every start, and Never/IfNotPresent may be deliberate (air-gapped nodes).
        fix: () => singleEditFix('Set imagePullPolicy: Always', setIn(ctx.file, container.node, ['imagePullPolicy'], 'Always', doc)),
      });
    }
  },
});
