// Which files a run lints: directories, .gitignore, node_modules, globs, exclude, skipped files.
// Every fixture is a privileged pod and the runs keep only k8s/privileged-container, so the files
// with a finding are exactly the files linted.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { filesOf, fixture, PRIVILEGED_POD, runCli, runJson } from './helpers.js';

const ONLY = ['--rule', 'k8s/privileged-container'];
const linted = (args: string[], cwd: string) => filesOf(runJson([...ONLY, ...args], cwd).findings);

describe('file discovery', () => {
  it('walks directories recursively and lints the current directory by default', () => {
    const root = fixture({ 'a.yaml': PRIVILEGED_POD, 'deploy/b.yml': PRIVILEGED_POD, 'deploy/deep/er/c.yaml': PRIVILEGED_POD, 'deploy/c.txt': PRIVILEGED_POD });
    assert.deepEqual(linted([], root), ['a.yaml', 'deploy/b.yml', 'deploy/deep/er/c.yaml']);
    assert.deepEqual(linted(['deploy'], root), ['deploy/b.yml', 'deploy/deep/er/c.yaml']);
    assert.deepEqual(linted([], join(root, 'deploy')), ['b.yml', 'deep/er/c.yaml'], 'paths are relative to the current directory');
    assert.deepEqual(linted(['..'], join(root, 'deploy')), ['../a.yaml', 'b.yml', 'deep/er/c.yaml']);
  });

  it('finds the files Shipshape lints by their names', () => {
    const root = fixture({
      Dockerfile: 'FROM nginx:1.27\n',
      Containerfile: 'FROM nginx:1.27\n',
      'Dockerfile.prod': 'FROM nginx:1.27\n',
      'build/app.dockerfile': 'FROM nginx:1.27\n',
      'etc/docker/daemon.json': '{}\n',
      'compose.yaml': 'services: {}\n',
      'kubeconfig.yml': 'apiVersion: v1\nkind: Config\n',
      'config.json': '{}\n',
      Makefile: 'all:\n',
      'notes.txt': 'FROM nginx\n',
    });
    const r = runCli([...ONLY, '--verbose'], root);
    assert.equal(r.stderr, 'No problems found in 7 files.\n', 'files without a parser are passed over silently while walking');
  });

  it('respects the root .gitignore and nested ones, each relative to its own directory', () => {
    const root = fixture({
      '.gitignore': 'generated/\n*.local.yaml\n',
      'app.yaml': PRIVILEGED_POD,
      'dev.local.yaml': PRIVILEGED_POD,
      'generated/out.yaml': PRIVILEGED_POD,
      'k8s/.gitignore': '/secret.yaml\n!keep.local.yaml\n',
      'k8s/secret.yaml': PRIVILEGED_POD,
      'k8s/keep.local.yaml': PRIVILEGED_POD,
      'k8s/nested/secret.yaml': PRIVILEGED_POD,
    });
    assert.deepEqual(linted([], root), ['app.yaml', 'k8s/keep.local.yaml', 'k8s/nested/secret.yaml']);
    assert.deepEqual(linted(['k8s'], root), ['k8s/keep.local.yaml', 'k8s/nested/secret.yaml'], 'the parent .gitignore applies below it');
  });

  it('lints a file named explicitly even when .gitignore lists it', () => {
    const root = fixture({ '.gitignore': 'ignored.yaml\n', 'ignored.yaml': PRIVILEGED_POD });
    assert.deepEqual(linted([], root), []);
    assert.deepEqual(linted(['ignored.yaml'], root), ['ignored.yaml']);
  });

  it('always skips node_modules and .git', () => {
    const root = fixture({ 'app.yaml': PRIVILEGED_POD, 'node_modules/pkg/pod.yaml': PRIVILEGED_POD, 'web/node_modules/pod.yaml': PRIVILEGED_POD, '.git/pod.yaml': PRIVILEGED_POD });
    assert.deepEqual(linted([], root), ['app.yaml']);
  });

  it('matches quoted glob arguments while walking from their fixed prefix', () => {
    const root = fixture({ 'k8s/a.yaml': PRIVILEGED_POD, 'k8s/sub/b.yaml': PRIVILEGED_POD, 'k8s/sub/c.yml': PRIVILEGED_POD, 'other/d.yaml': PRIVILEGED_POD, 'e.yaml': PRIVILEGED_POD });
    assert.deepEqual(linted(['k8s/**/*.yaml'], root), ['k8s/a.yaml', 'k8s/sub/b.yaml']);
    assert.deepEqual(linted(['*.yaml'], root), ['e.yaml']);
    assert.deepEqual(linted(['**/*.yml', './other/*.yaml'], root), ['k8s/sub/c.yml', 'other/d.yaml']);
    assert.deepEqual(linted(['nothing/**/*.yaml'], root), [], 'a glob that matches nothing is not an error');
  });

  it('applies the configuration exclude globs', () => {
    const root = fixture({
      '.shipshape.yaml': 'exclude:\n  - vendor/**\n  - "*.generated.yaml"\n',
      'app.yaml': PRIVILEGED_POD,
      'vendor/chart/pod.yaml': PRIVILEGED_POD,
      'k8s/pod.generated.yaml': PRIVILEGED_POD,
      'k8s/pod.yaml': PRIVILEGED_POD,
    });
    assert.deepEqual(linted([], root), ['app.yaml', 'k8s/pod.yaml']);
    assert.deepEqual(linted([], join(root, 'k8s')), ['pod.yaml'], 'globs stay relative to the config file from a subdirectory');
    assert.deepEqual(linted(['vendor/chart/pod.yaml'], root), [], 'exclude applies to files named explicitly too');
  });

  it('skips binary files, files above 5 MB and files it has no parser for, and says so with --verbose', () => {
    const root = fixture({
      'app.yaml': PRIVILEGED_POD,
      'binary.yaml': Buffer.concat([Buffer.from(PRIVILEGED_POD), Buffer.from([0, 1, 2])]),
      'huge.yaml': PRIVILEGED_POD + '#'.repeat(5 * 1024 * 1024) + '\n',
      'README.md': '# readme\n',
    });
    const r = runCli([...ONLY, '--format', 'json', '--verbose', '.', 'README.md'], root);
    assert.deepEqual(filesOf(JSON.parse(r.stdout)), ['app.yaml']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /skipped binary\.yaml: binary file/);
    assert.match(r.stderr, /skipped huge\.yaml: larger than 5 MB/);
    assert.match(r.stderr, /skipped README\.md: not a file Shipshape lints/);
    assert.match(r.stderr, /in 1 file\n$/);
    const quiet = runCli([...ONLY, 'README.md'], root);
    assert.equal(quiet.status, 0, 'an explicit file without a parser is skipped, not an error');
    assert.doesNotMatch(quiet.stderr, /skipped/);
  });

  it('reports .gitignore and exclude skips with --verbose', () => {
    const root = fixture({ '.gitignore': 'gen/\n', '.shipshape.yaml': 'exclude: [old.yaml]\n', 'gen/a.yaml': PRIVILEGED_POD, 'old.yaml': PRIVILEGED_POD });
    const r = runCli([...ONLY, '--verbose'], root);
    assert.match(r.stderr, /skipped gen: ignored by \.gitignore/);
    assert.match(r.stderr, /skipped old\.yaml: excluded by the configuration/);
  });

  it('does not follow a symbolic link to a directory out of the tree', () => {
    const outside = fixture({ 'pod.yaml': PRIVILEGED_POD });
    const root = fixture({ 'app.yaml': PRIVILEGED_POD });
    mkdirSync(join(root, 'links'));
    symlinkSync(outside, join(root, 'links/outside'), 'dir');
    symlinkSync(root, join(root, 'links/loop'), 'dir');
    assert.deepEqual(linted([], root), ['app.yaml']);
  });

  it('lints a symbolic link to a file like the file', () => {
    const root = fixture({ 'real/pod.yaml': PRIVILEGED_POD });
    mkdirSync(join(root, 'k8s'));
    symlinkSync(join(root, 'real/pod.yaml'), join(root, 'k8s/pod.yaml'));
    assert.deepEqual(linted(['k8s'], root), ['k8s/pod.yaml']);
  });

  it('lints each file once when arguments overlap', () => {
    const root = fixture({ 'k8s/pod.yaml': PRIVILEGED_POD });
    const { findings } = runJson([...ONLY, 'k8s', 'k8s/pod.yaml', 'k8s/*.yaml'], root);
    assert.equal(findings.length, 1);
  });
});
