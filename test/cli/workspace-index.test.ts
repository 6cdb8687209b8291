// The WorkspaceIndex the CLI hands to rules: walked files, then the disk for everything else.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { DiskWorkspaceIndex } from '../../host/src/workspace-index.js';
import { fixture } from './helpers.js';

it('knows walked files and finds other files next to them on disk', () => {
  const root = fixture({ 'app/Dockerfile': 'FROM nginx:1.27\n', 'app/.dockerignore': '\uFEFF.git\n' });
  const index = new DiskWorkspaceIndex([join(root, 'app/Dockerfile')], root);
  assert.equal(index.exists(join(root, 'app/Dockerfile')), true);
  assert.equal(index.exists('app/Dockerfile'), true, 'relative paths resolve against the base');
  assert.equal(index.exists(join(root, 'app/.dockerignore')), true, 'not walked, found on disk');
  assert.equal(index.exists(join(root, '.dockerignore')), false);
  assert.equal(index.exists(join(root, 'app')), false, 'a directory is not a file');
  assert.equal(index.read(join(root, 'app/.dockerignore')), '.git\n', 'read as UTF-8 without the BOM');
  assert.equal(index.read(join(root, 'nothing')), undefined);
});

it('answers the same question the same way during one run', () => {
  const root = fixture({ 'app/.dockerignore': 'x\n' });
  const index = new DiskWorkspaceIndex([], root);
  assert.equal(index.exists('app/.dockerignore'), true);
  rmSync(join(root, 'app/.dockerignore'));
  assert.equal(index.exists('app/.dockerignore'), true, 'looked up once: every file of a run sees one workspace');
});
