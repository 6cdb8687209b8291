// A base image whose distribution or runtime is past end of life gets no more security fixes:
// every vulnerability found from then on stays in the image. The dates live in eol-table.ts.
import { eolDate, findEolRows, type EolMatch } from '../../dockerfile/eol-table.js';
import { parseImageRef } from '../../dockerfile/image-ref.js';
import { describeStage, stageLabel, stages } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

export default defineRule({
  id: 'dockerfile/eol-base-image',
  severity: 'warning',
  fix: 'none',
  risk: 'image',
  title: 'Base image is past end of life',
  references: ['NIST SP 800-190 3.1.1'],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    // Stages often share a base image: its rows are looked up once.
    const rowsByImage = new Map<string, EolMatch[]>();
    for (const stage of stages(ctx)) {
      if (stage.parent || !stage.image || !stage.imageRange) continue;
      let rows = rowsByImage.get(stage.image);
      if (!rows) {
        const image = officialImage(stage.image);
        rowsByImage.set(stage.image, (rows = image ? findEolRows(image.name, image.tag) : []));
      }
      const match = rows.find((m) => eolDate(m.row) <= ctx.now);
      if (!match) continue;
      const { row } = match;
      const what = match.viaVariant ? `is built on ${row.release}` : `is ${row.release}`;
      const note = row.note ? ` (${row.note})` : '';
      ctx.report({
        at: stage.imageRange,
        message: `The base image ${stage.image} of ${describeStage(stage)} ${what}, which reached end of life on ${row.eol}${note}: it gets no more security fixes.`,
        object: stageLabel(stage),
      });
    }
  },
});

/** Name and tag of a Docker Hub official image (`python`, `library/python`, `docker.io/python`). */
function officialImage(image: string): { name: string; tag?: string } | undefined {
  const ref = parseImageRef(image.toLowerCase());
  if (ref.registry !== undefined && !DOCKER_HUB.has(ref.registry)) return undefined;
  const name = ref.repository.replace(/^library\//, '');
  if (name.includes('/')) return undefined;
  return ref.tag === undefined ? { name } : { name, tag: ref.tag };
}
