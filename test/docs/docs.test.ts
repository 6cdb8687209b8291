// Every rule's docs page shows a bad and a good example, and both are linted, so the docs
// can never drift from what the rules do.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lint, mergeConfig, RULES, type Rule } from '../../rules/src/index.js';
import { DOCS_DIR } from '../paths.js';

const DOCS = DOCS_DIR;
const DEFAULT_FILE: Record<Rule['appliesTo'], string> = {
  dockerfile: 'Dockerfile',
  compose: 'compose.yaml',
  daemon: 'daemon.json',
  k8s: 'manifest.yaml',
  kubeconfig: 'kubeconfig.yaml',
};

export interface Example {
  kind: 'bad' | 'good';
  fileName: string | undefined;
  /** `empty-workspace` after the file name: lint as the only file of an otherwise empty workspace. */
  emptyWorkspace: boolean;
  code: string;
  line: number;
}

/** Fenced blocks whose info string is `<lang> bad|good [file-name] [empty-workspace]`. */
export function examples(markdown: string): Example[] {
  const out: Example[] = [];
  const re = /^```[\w-]+ (bad|good)(?: +([^\s]+))?( +empty-workspace)? *\n([\s\S]*?)^```\s*$/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    out.push({ kind: m[1] as 'bad' | 'good', fileName: m[2], emptyWorkspace: Boolean(m[3]), code: m[4], line: markdown.slice(0, m.index).split('\n').length });
  }
  return out;
}

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}`);
  if (start < 0) return '';
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

for (const rule of RULES) {
  describe(`docs of ${rule.id}`, () => {
    const page = readFileSync(join(DOCS, `${rule.id}.md`), 'utf8');
    const all = examples(page);
    // The rule under test runs even when it is off by default.
    // A page may set the config its examples assume: <!-- shipshape-config: {"trustedRegistries": […]} -->
    const pageConfig = /<!--\s*shipshape-config:\s*(\{.*?\})\s*-->/.exec(page);
    const config = mergeConfig(pageConfig ? JSON.parse(pageConfig[1]) : {}, { rules: { [rule.id]: rule.severity === 'off' ? (rule.severityWhenOn ?? 'warning') : rule.severity } });

    it('has the sections every page has', () => {
      for (const title of ['Why it matters', 'Bad', 'Good', 'Fix', 'References']) assert.ok(section(page, title), `missing "## ${title}"`);
      assert.ok(all.some((e) => e.kind === 'bad') && all.some((e) => e.kind === 'good'), 'needs a bad and a good example');
    });

    it('names every peer id in its references', () => {
      const refs = section(page, 'References');
      for (const alias of rule.aliases) assert.ok(refs.includes(alias), `References does not mention ${alias}`);
    });

    for (const ex of all) {
      it(`${ex.kind} example at line ${ex.line} ${ex.kind === 'bad' ? 'triggers' : 'does not trigger'} the rule`, () => {
        const fileName = ex.fileName ?? DEFAULT_FILE[rule.appliesTo];
        const workspace = ex.emptyWorkspace ? { exists: (p: string) => p === fileName, read: () => undefined, files: () => [fileName] } : undefined;
        const found = lint(ex.code, fileName, { config, workspace }).filter((f) => f.rule === rule.id);
        if (ex.kind === 'bad') assert.ok(found.length > 0, 'the bad example does not trigger the rule');
        else assert.deepEqual(found.map((f) => f.message), [], 'the good example triggers the rule');
      });
    }
  });
}
