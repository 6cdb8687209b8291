// Rule ids, the docs pages shipped inside the extension, and the entries of the rule pick list.
// Pure (no vscode), so the node and browser clients share it and tests run without VS Code.
import type { RuleInfo } from './server-api.js';

/** `<kind>/<name>` in lower-case words joined by `-`, e.g. `k8s/privileged-container`. */
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for strings shaped like a rule id; anything else (`../x`, URLs) never becomes a path. */
export function isRuleId(value: unknown): value is string {
  return typeof value === 'string' && RULE_ID.test(value);
}

/** Path segments, relative to the extension folder, of the rule's bundled docs page. */
export function docsPageSegments(id: string): string[] {
  const [kind, name] = id.split('/') as [string, string];
  return ['rules', 'docs', kind, `${name}.md`];
}

/** The rule id a docs page is about, from its path under `rules/docs` (`k8s/x.md` → `k8s/x`). */
export function ruleIdOfDocsPage(kind: string, fileName: string): string | undefined {
  if (!fileName.endsWith('.md')) return undefined;
  const id = `${kind}/${fileName.slice(0, -3)}`;
  return isRuleId(id) ? id : undefined;
}

/** The first paragraph after a docs page's heading, on one line: what the rule finds. */
export function docsSummary(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  let i = lines.findIndex((l) => l.startsWith('# '));
  if (i < 0) return '';
  i++;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const paragraph: string[] = [];
  while (i < lines.length && lines[i]!.trim() !== '' && !lines[i]!.startsWith('#')) paragraph.push(lines[i++]!.trim());
  return paragraph.join(' ');
}

export interface RulePickItem {
  label: string;
  description: string;
  detail?: string;
  ruleId: string;
}

/** Quick-pick entries: the id as label, severity and fix kind as description, the title as detail. */
export function rulePickItems(rules: readonly RuleInfo[]): RulePickItem[] {
  return [...rules]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => {
      const facts = [r.severity, r.fix === 'safe' ? 'auto-fix' : r.fix === 'unsafe' ? 'manual fix offered' : undefined];
      return {
        label: r.id,
        description: facts.filter((f): f is string => Boolean(f)).join(' · '),
        detail: r.title,
        ruleId: r.id,
      };
    });
}
