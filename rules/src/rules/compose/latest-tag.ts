// compose/latest-tag: an untagged or `:latest` image is a moving target: each `docker compose pull`
// or new host may run a different image from the one that was tested.
import { defineRule } from '../../rule.js';
import { parseImageRef } from '../../dockerfile/image-ref.js';
import { originNote, services, setting } from '../../compose/services.js';
import { stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'compose/latest-tag',
  severity: 'warning',
  fix: 'none',
  risk: 'image',
  title: 'Image is untagged or uses latest',
  references: ['CIS-D 4.2'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      // With `build:`, `image:` names the image Compose builds, not one it pulls: its base images
      // are pinned (or not) in the Dockerfile, which dockerfile/latest-tag checks.
      if (setting(svc, 'build')) continue;
      const image = setting(svc, 'image');
      const name = stringValue(image?.value)?.trim();
      // `${IMAGE}` (or `${IMAGE:-…}`) is resolved only when Compose runs.
      if (!image || !name || name.includes('$')) continue;
      const ref = parseImageRef(name);
      if (ref.digest !== undefined || (ref.tag !== undefined && ref.tag !== 'latest')) continue;
      const what = ref.tag === undefined ? `${name} with no tag` : name;
      ctx.report({
        // The value itself when it is written here; the service's own line when it comes from an anchor.
        at: image.own && image.value && image.pair.value === image.value ? image.value : image.at,
        message: `Service "${svc.name}" uses image ${what}${originNote(image)}: each pull may get a different image, so what you tested is not what runs.`,
        object: svc.label,
      });
    }
  },
});
