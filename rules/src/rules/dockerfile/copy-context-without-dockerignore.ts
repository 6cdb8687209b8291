// `COPY . .` copies the whole build context: without a .dockerignore that includes the .git
// history and local .env files, with whatever secrets they hold.
import type { Copy } from 'dockerfile-ast';
import { copySources } from '../../dockerfile/add-sources.js';
import { instructionsWith } from '../../dockerfile/instruction-text.js';
import { describeStage, stageLabel, stageOf } from '../../dockerfile/stages.js';
import { defineRule, type RuleContext } from '../../rule.js';

export default defineRule({
  id: 'dockerfile/copy-context-without-dockerignore',
  severity: 'info',
  fix: 'none',
  risk: 'image',
  title: 'Whole build context copied without a .dockerignore',
  references: ['CIS-D 4.10'],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    const workspace = ctx.workspace;
    // Without a view of the workspace we cannot know whether a .dockerignore exists.
    if (!workspace) return;
    const copies = instructionsWith(ctx, 'COPY', 'ADD').filter((i) => {
      // COPY --from copies from a stage or an image, not from the build context.
      if ((i as Copy).getFlags().some((f) => f.getName().toLowerCase() === 'from')) return false;
      return (copySources(ctx, i) ?? []).some((s) => /^\.\/?$/.test(s));
    });
    if (copies.length === 0) return;
    const problem = ignoreFileProblem(ctx);
    if (!problem) return;
    for (const instruction of copies) {
      const stage = stageOf(ctx, instruction);
      ctx.report({
        at: instruction.getInstructionRange(),
        message: `${instruction.getKeyword()} . in ${stage ? describeStage(stage) : 'this file'} copies the whole build context, and ${problem}: the .git history and .env files end up in the image.`,
        object: stage ? stageLabel(stage) : null,
      });
    }
  },
});

/** Why the build context is not filtered, or undefined when it is (or when we cannot tell). */
function ignoreFileProblem(ctx: RuleContext): string | undefined {
  const workspace = ctx.workspace!;
  const separator = ctx.fileName.includes('/') || !ctx.fileName.includes('\\') ? '/' : '\\';
  const cut = ctx.fileName.lastIndexOf(separator);
  const directory = cut < 0 ? '' : ctx.fileName.slice(0, cut + 1);
  const base = ctx.fileName.slice(cut + 1);
  // BuildKit prefers <Dockerfile>.dockerignore next to the Dockerfile over .dockerignore.
  const candidates = [`${directory}${base}.dockerignore`, `${directory}.dockerignore`];
  const found = candidates.find((p) => workspace.exists(p));
  if (found === undefined) return 'there is no .dockerignore next to the Dockerfile';
  const text = workspace.read?.(found);
  if (text === undefined) return undefined;
  if (isExcluded(text, '.git') || isExcluded(text, '.env')) return undefined;
  return `${found.slice(directory.length)} excludes neither .git nor .env`;
}

/** Whether the .dockerignore patterns exclude the path (the last matching pattern decides). */
function isExcluded(dockerignore: string, path: string): boolean {
  let excluded = false;
  for (const raw of dockerignore.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1).trim();
    const pattern = line.replace(/^\/+/, '').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (pattern !== '' && globMatches(pattern, path)) excluded = !negated;
  }
  return excluded;
}

/** Docker's .dockerignore globs: `*` and `?` within a path component, `**` across them. */
function globMatches(pattern: string, path: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) return false;
      re += `[${pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '\\' && i + 1 < pattern.length) re += escapeRegExp(pattern[++i]);
    else re += escapeRegExp(c);
  }
  try {
    return new RegExp(`^${re}$`).test(path);
  } catch {
    return false;
  }
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
