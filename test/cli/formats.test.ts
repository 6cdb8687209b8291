// The three output formats, checked against the engine's own findings for the same fixtures.
import { DiskWorkspaceIndex } from '../../host/src/workspace-index.js';
import { walkFiles } from '../../host/src/walk.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, lint, type Finding } from '../../rules/src/index.js';
import { fixture, ICC_DAEMON, REPO, ROOT_DOCKERFILE, PLAIN_POD, PRIVILEGED_COMPOSE, PRIVILEGED_POD, runCli, runJson } from './helpers.js';

const tree = () =>
  fixture({
    'k8s/sub/pod.yaml': PRIVILEGED_POD,
    'k8s/plain.yaml': PLAIN_POD,
    'compose.yaml': PRIVILEGED_COMPOSE,
    'daemon.json': ICC_DAEMON,
    'docker/Dockerfile': ROOT_DOCKERFILE,
    'README.md': '# not linted\n',
  });

/** What the engine reports for a fixture file, with the 1-based positions the CLI must print. */
/** The engine's findings for one file, with the workspace the CLI builds from the walked tree. */
function engineFindings(root: string, file: string) {
  const path = join(root, file);
  const workspace = new DiskWorkspaceIndex(walkFiles([], { base: root }), root);
  return lint(readFileSync(path, 'utf8'), path, { workspace }).map((f: Finding) => ({
    rule: f.rule,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  }));
}

const TEXT_LINE = /^(\S+):(\d+):(\d+) (error|warning|info|hint) (\S+) (.+)$/;

describe('text format', () => {
  it('prints one file:line:col severity rule message line per finding, matching the JSON output', () => {
    const root = tree();
    const text = runCli([], root);
    const { findings } = runJson([], root);
    const lines = text.stdout.trimEnd().split('\n');
    assert.equal(lines.length, findings.length);
    assert.ok(findings.length >= 4, 'the fixtures hold at least four findings');
    lines.forEach((line, i) => {
      const m = TEXT_LINE.exec(line);
      assert.ok(m, `line has the documented shape: ${line}`);
      const f = findings[i];
      assert.deepEqual([m[1], Number(m[2]), Number(m[3]), m[4], m[5], m[6]], [f.file, f.line, f.column, f.severity, f.rule, f.message]);
    });
    assert.ok(lines.some((l) => l.startsWith('k8s/sub/pod.yaml:10:') && l.includes(' error k8s/privileged-container ')));
    assert.ok(lines.some((l) => l.startsWith('docker/Dockerfile:2:') && l.includes(' error dockerfile/root-user ')));
    assert.doesNotMatch(text.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
  });

  it('sorts by file, then by position', () => {
    const { findings } = runJson([], tree());
    const keys = findings.map((f) => [f.file, f.line, f.column] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    assert.deepEqual(keys, sorted);
    assert.deepEqual([...new Set(findings.map((f) => f.file))], ['compose.yaml', 'daemon.json', 'docker/Dockerfile', 'k8s/plain.yaml', 'k8s/sub/pod.yaml']);
  });

  it('prints a summary on stderr, counting the files linted', () => {
    const root = tree();
    const r = runCli(['--rule', 'k8s/privileged-container,compose/privileged'], root);
    assert.equal(r.stderr, '2 problems (2 errors) in 5 files\n');
    const mixed = runCli(['--rule', 'k8s/privileged-container,compose/pids-limit'], root);
    assert.equal(mixed.stderr, '2 problems (1 error, 1 warning) in 5 files\n');
    const clean = runCli(['--rule', 'k8s/privileged-container', 'k8s/plain.yaml'], root);
    assert.equal(clean.stdout, '');
    assert.equal(clean.stderr, 'No problems found in 1 file.\n');
  });

  it('--quiet drops the summary but keeps the findings', () => {
    const r = runCli(['--quiet', '--rule', 'compose/privileged'], tree());
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^compose\.yaml:4:\d+ error compose\/privileged /);
  });
});

describe('json format', () => {
  it('gives every field, with 1-based positions equal to the engine ranges plus one', () => {
    const root = tree();
    const { findings } = runJson([], root);
    for (const f of findings) {
      assert.deepEqual(Object.keys(f).sort(), ['column', 'endColumn', 'endLine', 'file', 'fix', 'line', 'message', 'object', 'rule', 'severity']);
      assert.ok(f.fix === null || f.fix === 'safe' || f.fix === 'unsafe');
    }
    for (const file of ['k8s/sub/pod.yaml', 'compose.yaml', 'daemon.json', 'docker/Dockerfile']) {
      const fromCli = findings.filter((f) => f.file === file).map(({ rule, line, column, endLine, endColumn }) => ({ rule, line, column, endLine, endColumn }));
      assert.deepEqual(fromCli, engineFindings(root, file), file);
    }
    const privileged = findings.find((f) => f.rule === 'k8s/privileged-container')!;
    assert.equal(privileged.line, 10);
    assert.equal(privileged.severity, 'error');
    assert.equal(privileged.object, 'Pod/web container/app');
    assert.equal(findings.find((f) => f.rule === 'daemon/inter-container-communication')!.fix, 'safe');
  });

  it('prints an empty array when nothing is found', () => {
    const r = runCli(['--format', 'json', '--rule', 'k8s/privileged-container', 'k8s/plain.yaml'], tree());
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  it('ignores a UTF-8 byte-order mark: positions are those of the text after it', () => {
    const root = fixture({ 'with-bom.yaml': '\uFEFF' + PRIVILEGED_POD, 'without-bom.yaml': PRIVILEGED_POD });
    const { findings } = runJson(['--rule', 'k8s/privileged-container'], root);
    assert.equal(findings.length, 2);
    const [a, b] = findings;
    assert.deepEqual([a.line, a.column, a.endLine, a.endColumn], [b.line, b.column, b.endLine, b.endColumn]);
    assert.equal(a.column, 9, 'the finding starts at the `privileged` key, not one column later');
  });
});

describe('sarif format', () => {
  type SarifRegion = { startLine: number; startColumn: number; endLine: number; endColumn: number };
  type SarifResult = {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion } }[];
    partialFingerprints: Record<string, string>;
    fixes?: { description: { text: string }; artifactChanges: { replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[] }[];
  };
  const sarif = (root: string, args: string[] = []) => JSON.parse(runCli(['--format', 'sarif', ...args], root).stdout);

  it('is a SARIF 2.1.0 log with one Shipshape run', () => {
    const log = sarif(tree());
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'Shipshape');
    assert.equal(driver.version, JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
    assert.match(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
  });

  it('describes each rule a result uses, and ruleIndex points at it', () => {
    const log = sarif(tree());
    const { rules } = log.runs[0].tool.driver;
    const results: SarifResult[] = log.runs[0].results;
    assert.deepEqual(rules.map((r: { id: string }) => r.id).sort(), [...new Set(results.map((r) => r.ruleId))].sort());
    for (const rule of rules) {
      assert.equal(rule.helpUri, `https://shipshape.dev/rules/${rule.id}`);
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
      assert.ok(Array.isArray(rule.properties.tags) && Array.isArray(rule.properties.aliases));
    }
    const privileged = rules.find((r: { id: string }) => r.id === 'k8s/privileged-container');
    assert.equal(privileged.defaultConfiguration.level, 'error');
    assert.equal(privileged.properties.tags[0], 'host');
    for (const result of results) assert.equal(rules[result.ruleIndex].id, result.ruleId);
  });

  it('locates results with relative forward-slash URIs and 1-based regions', () => {
    const root = tree();
    const results: SarifResult[] = sarif(root).runs[0].results;
    const { findings } = runJson([], root);
    assert.equal(results.length, findings.length);
    results.forEach((result, i) => {
      const f = findings[i];
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.deepEqual(artifactLocation, { uri: f.file, uriBaseId: '%SRCROOT%' });
      assert.deepEqual(region, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
      assert.equal(result.message.text, f.message);
      assert.equal(result.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[f.severity]);
    });
    assert.ok(results.some((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'k8s/sub/pod.yaml'));
  });

  it('gives each result a fingerprint that is stable across runs and differs between files', () => {
    const root = fixture({ 'a.yaml': PRIVILEGED_POD, 'b.yaml': PRIVILEGED_POD });
    const args = ['--rule', 'k8s/privileged-container'];
    const first: SarifResult[] = sarif(root, args).runs[0].results;
    const second: SarifResult[] = sarif(root, args).runs[0].results;
    assert.deepEqual(first.map((r) => r.partialFingerprints), second.map((r) => r.partialFingerprints));
    const [a, b] = first.map((r) => Object.values(r.partialFingerprints)[0]);
    assert.match(a, /^[0-9a-f]{32}$/);
    assert.notEqual(a, b);
  });

  it('carries fixes whose replacements, applied to the file, give the engine fix result', () => {
    const root = fixture({ 'daemon.json': ICC_DAEMON });
    const [result]: SarifResult[] = sarif(root, ['--rule', 'daemon/inter-container-communication']).runs[0].results;
    const [engine] = lint(ICC_DAEMON, join(root, 'daemon.json'), {}).filter((f) => f.rule === 'daemon/inter-container-communication');
    assert.ok(result.fixes && engine.fix);
    assert.equal(result.fixes[0].description.text, engine.fix.title);
    // Single-line fixture: regions translate to offsets directly.
    const edits = result.fixes[0].artifactChanges[0].replacements.map(({ deletedRegion: d, insertedContent }) => {
      assert.equal(d.startLine, 1);
      assert.equal(d.endLine, 1);
      return { start: d.startColumn - 1, end: d.endColumn - 1, text: insertedContent.text };
    });
    const fixed = applyEdits(ICC_DAEMON, edits);
    assert.notEqual(fixed, ICC_DAEMON);
    assert.equal(fixed, applyEdits(ICC_DAEMON, engine.fix.edits));
  });
});
