// daemon/insecure-registry: dockerd talks to an insecure registry over plain HTTP, or over HTTPS
// without checking its certificate, so anyone on the path can serve tampered images. Loopback
// entries are not reported: dockerd already treats 127.0.0.0/8 as insecure.
import { defineRule } from '../../rule.js';
import { property, spanOfJson } from '../../daemon/config.js';
import { isLoopbackRegistry } from '../../daemon/addresses.js';

export default defineRule({
  id: 'daemon/insecure-registry',
  severity: 'error',
  fix: 'none',
  risk: 'registry',
  title: 'Insecure registry configured',
  references: ['CIS-D 2.5'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    const prop = property(ctx, 'insecure-registries');
    if (prop?.valueNode?.type !== 'array') return;
    for (const item of prop.valueNode.children ?? []) {
      if (item.type !== 'string' || typeof item.value !== 'string' || item.value.trim() === '' || isLoopbackRegistry(item.value)) continue;
      const what = item.value.includes('/') && !/^https?:\/\//i.test(item.value) ? `every registry in ${item.value}` : `registry "${item.value}"`;
      ctx.report({
        at: spanOfJson(item),
        message: `"insecure-registries" makes dockerd pull from ${what} over plain HTTP or without checking its certificate, so images can be tampered with in transit.`,
        object: null,
      });
    }
  },
});
