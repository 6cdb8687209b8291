// Base images should come only from registries the organisation controls or vets. The list is
// the `trustedRegistries` setting; without one, only Docker Hub (Docker's default) is trusted.
import { parseImageRef } from '../../dockerfile/image-ref.js';
import { describeStage, stageLabel, stages } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

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
    const configured = ctx.config.trustedRegistries.map(normalizeEntry).filter((e) => e !== '');
    const trusted = configured.length > 0 ? configured : [DOCKER_HUB];
    for (const stage of stages(ctx)) {
      if (stage.parent || !stage.image || !stage.imageRange || stage.image.toLowerCase() === 'scratch') continue;
      const { registry, path } = location(stage.image);
      if (trusted.some((t) => path === t || path.startsWith(`${t}/`))) continue;
      const list = configured.length > 0 ? `trustedRegistries (${configured.join(', ')})` : 'trustedRegistries (none configured, so only Docker Hub)';
      ctx.report({
        at: stage.imageRange,
        message: `FROM in ${describeStage(stage)} pulls ${stage.image} from ${registry}, which is not in ${list}: an image from an unvetted registry can contain anything.`,
        object: stageLabel(stage),
      });
    }
  },
});

/** `registry/repository` with Docker Hub spelled one way and official images under `library/`. */
function location(image: string): { registry: string; path: string } {
  const ref = parseImageRef(image.toLowerCase());
  const registry = ref.registry === undefined || DOCKER_HUB_ALIASES.has(ref.registry) ? DOCKER_HUB : ref.registry;
  const repository = registry === DOCKER_HUB && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository;
  return { registry, path: `${registry}/${repository}` };
}

/** A configured entry: a registry host, or a host with a path prefix (`ghcr.io/my-org`). */
function normalizeEntry(entry: string): string {
  const e = entry.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/\/+$/, '');
  const slash = e.indexOf('/');
  const host = slash < 0 ? e : e.slice(0, slash);
  return DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB + e.slice(host.length) : e;
}
