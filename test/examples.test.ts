// examples/ is what a newcomer scans first: every file there must show findings, and together
// they must trigger every rule that is on by default.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { it } from 'node:test';
import { lint, RULES } from '../rules/src/index.js';
import { EXAMPLES } from './paths.js';
import { DiskWorkspaceIndex } from '../host/src/workspace-index.js';

const ROOT = EXAMPLES;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// Linted as the CLI lints them: with the examples folder as the workspace.
const all = files(ROOT);
const workspace = new DiskWorkspaceIndex(all, ROOT);
const results = all.map((path) => ({ path: relative(ROOT, path), findings: lint(readFileSync(path, 'utf8'), path, { workspace }) }));

// A Helm chart's metadata and values are not manifests: Shipshape reads only its templates.
const CHART_METADATA = /^helm\/[^/]+\/(?:Chart|values)\.ya?ml$/;

it('every example file shows findings', () => {
  assert.deepEqual(results.filter((r) => r.findings.length === 0 && !CHART_METADATA.test(r.path.split(sep).join('/'))).map((r) => r.path), []);
});

it('the examples trigger every rule that is on by default', () => {
  const seen = new Set(results.flatMap((r) => r.findings.map((f) => f.rule)));
  assert.deepEqual(RULES.filter((r) => r.severity !== 'off' && !seen.has(r.id)).map((r) => r.id), []);
});

it('the examples contain no internal errors', () => {
  assert.deepEqual(results.flatMap((r) => r.findings.filter((f) => f.rule === 'shipshape/internal-error').map((f) => `${r.path}: ${f.message}`)), []);
});
