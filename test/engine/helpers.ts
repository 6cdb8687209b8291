// Small rules for testing the engine itself (suppressions, isolation, reporting), not catalog rules.
import { getIn, asSeq, asMap, findPair } from '../../rules/src/yaml/nodes.js';
import { defineRule, type Rule } from '../../rules/src/index.js';

/** Reports every container's `image` value in Kubernetes documents. */
export const imageRule: Rule = defineRule({
  id: 'k8s/test-image',
  severity: 'warning',
  fix: 'none',
  risk: 'image',
  title: 'Test rule reporting images',
  references: [],
  aliases: ['TEST-1'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const d of ctx.documents) {
      for (const c of asSeq(getIn(d.doc.contents, ['spec', 'containers'], d.doc))?.items ?? []) {
        const image = findPair(asMap(c), 'image', d.doc);
        if (image?.value) ctx.report({ at: image.value, message: 'image here' });
      }
    }
  },
});

/** Reports every instruction of a Dockerfile. */
export const instructionRule: Rule = defineRule({
  id: 'dockerfile/test-instruction',
  severity: 'info',
  fix: 'none',
  risk: 'image',
  title: 'Test rule reporting instructions',
  references: [],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const i of ctx.file.dockerfile!.getInstructions()) ctx.report({ at: i.getRange(), message: i.getKeyword() });
  },
});

export const throwingRule: Rule = defineRule({
  id: 'k8s/test-throws',
  severity: 'error',
  fix: 'none',
  risk: 'host',
  title: 'Test rule that throws',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check() {
    throw new Error('boom');
  },
});
