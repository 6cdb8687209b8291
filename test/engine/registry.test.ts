// Every rule file is registered under the id its path names, with complete metadata and a docs page.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ENGINE_RULES, RULES } from '../../rules/src/index.js';
import { DOCS_DIR, RULES_SRC } from '../paths.js';

const RULES_DIR = join(RULES_SRC, 'rules');

function ruleFiles(): string[] {
  const out: string[] = [];
  for (const kind of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const f of readdirSync(join(RULES_DIR, kind.name))) {
      if (f.endsWith('.ts') && f !== 'index.ts') out.push(`${kind.name}/${f.slice(0, -3)}`);
    }
  }
  return out.sort();
}

describe('rule registry', () => {
  it('registers every rule file under the id its path names, once', () => {
    const ids = RULES.map((r) => r.id).sort();
    assert.deepEqual(ids, ruleFiles());
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
  });

  it('gives each rule a kind prefix matching appliesTo and complete metadata', () => {
    for (const r of RULES) {
      assert.equal(r.id.split('/')[0], r.appliesTo, `${r.id}: appliesTo`);
      assert.match(r.id, /^[a-z0-9]+\/[a-z0-9-]+$/);
      assert.ok(['error', 'warning', 'info', 'hint', 'off'].includes(r.severity), `${r.id}: severity`);
      assert.ok(['safe', 'unsafe', 'none'].includes(r.fix), `${r.id}: fix`);
      assert.ok(['image', 'registry', 'orchestrator', 'container', 'host'].includes(r.risk), `${r.id}: risk`);
      assert.ok(r.title.length > 5 && !r.title.endsWith('.'), `${r.id}: title`);
      assert.ok(Array.isArray(r.aliases) && Array.isArray(r.references), `${r.id}: aliases/references`);
      assert.equal(r.docs, `https://shipshape.dev/rules/${r.id}`);
    }
  });

  it('has a docs page for every rule, titled with its id', () => {
    for (const r of [...RULES, ...ENGINE_RULES]) {
      const page = join(DOCS_DIR, `${r.id}.md`);
      assert.ok(existsSync(page), `missing docs page ${page}`);
      assert.equal(readFileSync(page, 'utf8').split('\n')[0], `# ${r.id}`, `${r.id}: first line of its docs page`);
    }
  });
});
