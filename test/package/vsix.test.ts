// Packages the extension the way a release does (`npm run package`) and checks what the .vsix
// ships: the bundles, the manifest and its icon, README/LICENSE/CHANGELOG and every rule's docs
// page — and nothing else (no sources, tests, source maps or node_modules).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { before, describe, it } from 'node:test';
import { listZip, readZipEntry, type ZipEntry } from './zip-listing.js';

const ROOT = join(__dirname, '..', '..');
/**
 * Today the .vsix is about 0.6 MB: three minified bundles (~450 KB compressed) and the docs
 * (~110 KB). 2 MB leaves room for the web bundles and new rules, and still fails when source maps
 * (~2 MB compressed) or any node_modules folder slip in.
 */
const MAX_VSIX_BYTES = 2 * 1024 * 1024;

function docsPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return docsPages(p);
    return name.endsWith('.md') ? [relative(ROOT, p).split(sep).join('/')] : [];
  });
}

describe('the packaged .vsix', () => {
  let zip: Buffer;
  let entries: ZipEntry[];
  let names: Set<string>;
  let manifest: { main?: string; browser?: string; icon?: string };

  before(() => {
    const run = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
    assert.equal(run.status, 0, `npm run package failed:\n${run.stdout}\n${run.stderr}`);
    zip = readFileSync(join(ROOT, 'shipshape.vsix'));
    entries = listZip(zip);
    names = new Set(entries.map((e) => e.name));
    const packaged = entries.find((e) => e.name === 'extension/package.json');
    assert.ok(packaged, 'extension/package.json is packaged');
    manifest = JSON.parse(readZipEntry(zip, packaged).toString('utf8'));
  });

  it('contains the three bundles', () => {
    for (const bundle of ['extension.js', 'server.js', 'cli.js']) assert.ok(names.has(`extension/dist/${bundle}`), bundle);
  });

  it('contains the files the manifest points at: main, browser and the icon', () => {
    for (const file of [manifest.main, manifest.browser, manifest.icon]) {
      if (file === undefined) continue;
      const path = `extension/${file.replace(/^\.\//, '')}`;
      assert.ok(names.has(path), `${path} is packaged`);
    }
    assert.equal(manifest.icon, 'images/icon.png');
  });

  it('ships a 128×128 PNG icon', () => {
    const icon = readZipEntry(zip, entries.find((e) => e.name === 'extension/images/icon.png')!);
    assert.deepEqual([...icon.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.equal(icon.readUInt32BE(16), 128);
    assert.equal(icon.readUInt32BE(20), 128);
  });

  it('contains README, LICENSE and CHANGELOG', () => {
    for (const doc of ['readme', 'license', 'changelog']) {
      assert.ok(
        entries.some((e) => new RegExp(`^extension/${doc}(\\.md|\\.txt)?$`, 'i').test(e.name)),
        `${doc} is packaged`,
      );
    }
  });

  it('contains every rule documentation page', () => {
    const pages = docsPages(join(ROOT, 'rules', 'docs'));
    assert.ok(pages.length > 100, `found ${pages.length} docs pages`);
    const missing = pages.filter((p) => !names.has(`extension/${p}`));
    assert.deepEqual(missing, []);
  });

  it('contains no sources, tests, source maps or node_modules', () => {
    const unwanted = [...names].filter(
      (n) => /\.(ts|map|mjs|tsx)$/.test(n) || /(^|\/)(test|node_modules|src)\//.test(n) || /(^|\/)\.[^/]+$/.test(n),
    );
    assert.deepEqual(unwanted, []);
  });

  it(`stays below ${MAX_VSIX_BYTES / 1024 / 1024} MB`, () => {
    assert.ok(zip.length < MAX_VSIX_BYTES, `the .vsix is ${zip.length} bytes`);
  });
});
