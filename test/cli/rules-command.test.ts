// `shipshape rules`: the catalog, as JSON for tools and as a table for people.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, REPO, runCli } from './helpers.js';

const SOME_IDS = ['compose/privileged', 'daemon/inter-container-communication', 'k8s/privileged-container', 'kubeconfig/insecure-skip-tls-verify'];

describe('shipshape rules', () => {
  const cwd = fixture({});

  it('--format json lists every catalog rule with all its fields', () => {
    const r = runCli(['rules', '--format', 'json'], cwd);
    assert.equal(r.status, 0);
    const rules = JSON.parse(r.stdout) as Record<string, unknown>[];
    for (const id of SOME_IDS) assert.ok(rules.some((rule) => rule.id === id), id);
    assert.equal(new Set(rules.map((rule) => rule.id)).size, rules.length, 'ids are unique');
    for (const rule of rules) {
      assert.deepEqual(Object.keys(rule).sort(), ['aliases', 'docs', 'fix', 'id', 'risk', 'severity', 'title']);
      assert.match(rule.id as string, /^(dockerfile|compose|daemon|k8s|kubeconfig)\//, 'engine rules are not listed');
      assert.ok(['error', 'warning', 'info', 'hint', 'off'].includes(rule.severity as string));
      assert.ok(rule.fix === 'safe' || rule.fix === 'unsafe' || rule.fix === null);
      assert.ok(['image', 'registry', 'orchestrator', 'container', 'host'].includes(rule.risk as string));
      assert.equal(typeof rule.title, 'string');
      assert.ok(Array.isArray(rule.aliases));
      assert.equal(rule.docs, `https://shipshape.dev/rules/${rule.id}`);
    }
    const privileged = rules.find((rule) => rule.id === 'k8s/privileged-container')!;
    assert.equal(privileged.severity, 'error');
    assert.equal(privileged.fix, 'safe');
  });

  it('prints an aligned table by default', () => {
    const r = runCli(['rules'], cwd);
    assert.equal(r.status, 0);
    const lines = r.stdout.trimEnd().split('\n');
    const count = (JSON.parse(runCli(['rules', '--format', 'json'], cwd).stdout) as unknown[]).length;
    assert.equal(lines.length, count + 1);
    assert.match(lines[0], /^ID +SEVERITY +FIX +RISK +TITLE$/);
    const titleColumn = lines[0].indexOf('TITLE');
    for (const line of lines.slice(1)) {
      assert.match(line[titleColumn - 1], / /, `the title column is aligned: ${line}`);
      assert.notEqual(line[titleColumn], ' ', `the title column is aligned: ${line}`);
    }
    assert.ok(lines.some((l) => /^k8s\/privileged-container +error +safe +host +\S/.test(l)));
  });

  it('refuses options it does not take', () => {
    const r = runCli(['rules', '--format', 'sarif'], cwd);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /invalid value "sarif" for --format/);
    assert.equal(runCli(['rules', 'extra'], cwd).status, 2);
  });
});

describe('--version', () => {
  const expected = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version + '\n';

  it('prints the package.json version from the bundle', () => {
    assert.equal(runCli(['--version'], fixture({})).stdout, expected);
  });

  it('prints the same version when run from source with tsx', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/src/cli.ts', '--version'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, expected);
  });
});
