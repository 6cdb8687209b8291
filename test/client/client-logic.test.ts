// The client's pure parts: restart policy, status text, rule ids and docs pages, document selector.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { documentSelector } from '../../client/src/document-selector.js';
import { RestartPolicy } from '../../client/src/restart-policy.js';
import { docsPageSegments, docsSummary, isRuleId, ruleIdOfDocsPage, rulePickItems } from '../../client/src/rule-catalog.js';
import { statusView } from '../../client/src/status-text.js';
import { ENGINE_RULES, RULES } from '../../rules/src/index.js';

const ROOT = join(__dirname, '..', '..');

describe('RestartPolicy', () => {
  it('restarts and tells the user on the first crash only', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    assert.deepEqual(policy.onClosed(), { restart: true, notify: 'crashed' });
    now += 1000;
    assert.deepEqual(policy.onClosed(), { restart: true });
  });

  it('gives up once after more than the allowed restarts in the window, and says so', () => {
    let now = 0;
    const policy = new RestartPolicy(2, 60_000, () => now);
    const decisions = [1, 2, 3].map(() => {
      now += 1000;
      return policy.onClosed();
    });
    assert.deepEqual(decisions, [{ restart: true, notify: 'crashed' }, { restart: true }, { restart: false, notify: 'gaveUp' }]);
  });

  it('forgets crashes older than the window', () => {
    let now = 0;
    const policy = new RestartPolicy(2, 60_000, () => now);
    for (let i = 0; i < 10; i++) {
      now += 40_000; // at most two crashes in any minute
      assert.equal(policy.onClosed().restart, true, `crash ${i}`);
    }
  });
});

describe('statusView', () => {
  it('counts findings and files with plurals', () => {
    assert.equal(statusView({ server: 'running', findings: 1, files: 1 }).text, 'Shipshape: 1 finding in 1 file');
    assert.equal(statusView({ server: 'running', findings: 7, files: 3 }).text, 'Shipshape: 7 findings in 3 files');
    assert.equal(statusView({ server: 'running', findings: 0, files: 0 }).text, 'Shipshape: no findings');
  });

  it('is busy with progress while the workspace is scanned', () => {
    const view = statusView({ server: 'running', findings: 2, files: 1, scan: { done: 5, total: 40 } });
    assert.equal(view.busy, true);
    assert.equal(view.detail, 'Scanning workspace 5/40');
    assert.equal(statusView({ server: 'running', findings: 0, files: 0, scan: {} }).detail, 'Scanning workspace');
  });

  it('shows the last validation when idle', () => {
    const view = statusView({ server: 'running', findings: 0, files: 0, lastValidation: { time: '10:04:05', fileName: 'Dockerfile', durationMs: 3.4 } });
    assert.equal(view.detail, 'Checked Dockerfile in 3 ms at 10:04:05');
    assert.equal(view.busy, false);
    assert.equal(statusView({ server: 'running', findings: 0, files: 0, lastValidation: { time: '10:04:05' } }).detail, 'Checked at 10:04:05');
  });

  it('is an error when the server stopped', () => {
    const view = statusView({ server: 'stopped', findings: 3, files: 1 });
    assert.equal(view.severity, 'error');
    assert.match(view.text, /stopped/);
  });
});

describe('rule ids and bundled docs pages', () => {
  const allRules = [...RULES, ...ENGINE_RULES];

  it('every rule id is well formed and has a bundled page whose summary is its first paragraph', () => {
    for (const rule of allRules) {
      assert.ok(isRuleId(rule.id), rule.id);
      const text = readFileSync(join(ROOT, ...docsPageSegments(rule.id)), 'utf8');
      assert.ok(docsSummary(text).length > 10, `summary of ${rule.id}`);
      const [kind, file] = docsPageSegments(rule.id).slice(2) as [string, string];
      assert.equal(ruleIdOfDocsPage(kind, file), rule.id);
    }
  });

  it('refuses strings that could leave the docs folder', () => {
    for (const bad of ['../package', 'k8s/../../x', 'k8s/a/b', '/etc/passwd', 'K8S/x', 'k8s/', 'https://x.y/z', 42, undefined]) {
      assert.equal(isRuleId(bad), false, String(bad));
    }
    assert.equal(ruleIdOfDocsPage('k8s', 'notes.txt'), undefined);
  });

  it('reads the first paragraph after the heading, on one line', () => {
    assert.equal(docsSummary('# k8s/x\n\nFirst line\nsecond line.\n\n## Why\nmore'), 'First line second line.');
    assert.equal(docsSummary('no heading'), '');
  });

  it('lists rules sorted by id with severity and fix kind', () => {
    const items = rulePickItems([
      { id: 'k8s/b', title: 'B', severity: 'warning', fix: 'none' },
      { id: 'compose/a', title: 'A', severity: 'error', fix: 'safe' },
    ]);
    assert.deepEqual(
      items.map((i) => [i.label, i.description, i.detail]),
      [
        ['compose/a', 'error · auto-fix', 'A'],
        ['k8s/b', 'warning', 'B'],
      ],
    );
  });
});

describe('documentSelector', () => {
  it('selects the languages for every scheme and the file names except for untitled documents', () => {
    const selector = documentSelector(['file', 'untitled']);
    assert.ok(selector.some((f) => f.scheme === 'untitled' && f.language === 'dockerfile'));
    assert.ok(selector.some((f) => f.scheme === 'file' && f.pattern === '**/daemon.json'));
    assert.ok(!selector.some((f) => f.scheme === 'untitled' && f.pattern !== undefined));
    assert.ok(documentSelector(['vscode-vfs']).every((f) => f.scheme === 'vscode-vfs'));
  });
});
