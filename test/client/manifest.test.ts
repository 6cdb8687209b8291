// The manifest (package.json) agrees with the client: settings the server reads are declared with a
// schema, contributed commands are implemented, menus name real commands, activation covers the
// document selector.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../../client/src/document-selector.js';
import { FIX_ALL_COMMAND, SCAN_WORKSPACE_COMMAND, SERVER_SETTING_KEYS } from '../../client/src/server-api.js';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;
const commands: { command: string; title: string; category: string }[] = manifest.contributes.commands;

describe('package.json contributions', () => {
  it('declares every setting the client sends to the server, and no other but trace.server', () => {
    const declared = Object.keys(properties).sort();
    const expected = [...SERVER_SETTING_KEYS.map((k) => `shipshape.${k}`), 'shipshape.trace.server'].sort();
    assert.deepEqual(declared, expected);
  });

  it('gives every setting a type, a default and a description', () => {
    for (const [key, schema] of Object.entries(properties)) {
      assert.ok(schema.type, `${key} type`);
      assert.ok('default' in schema, `${key} default`);
      assert.ok(schema.description || schema.markdownDescription, `${key} description`);
    }
    assert.deepEqual(properties['shipshape.scope']!.enum, ['workspace', 'openFiles']);
    assert.equal(properties['shipshape.maxFileSize']!.default, 4 * 1024 * 1024);
  });

  it('implements every contributed command in the client or forwards it to the server', () => {
    const sources = readdirSync(join(ROOT, 'client', 'src'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(ROOT, 'client', 'src', f), 'utf8'))
      .join('\n');
    for (const { command, title, category } of commands) {
      assert.equal(category, 'Shipshape', command);
      assert.ok(title.length > 0, command);
      const forwarded = command === FIX_ALL_COMMAND || command === SCAN_WORKSPACE_COMMAND;
      assert.ok(forwarded || sources.includes(`registerCommand('${command}'`), `${command} is registered`);
    }
  });

  it('names only contributed commands in menus', () => {
    const ids = new Set(commands.map((c) => c.command));
    for (const entries of Object.values(manifest.contributes.menus as Record<string, { command: string }[]>)) {
      for (const entry of entries) assert.ok(ids.has(entry.command), entry.command);
    }
  });

  it('activates on every language of the document selector and is safe in restricted workspaces', () => {
    for (const language of LANGUAGES) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
    assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.deepEqual(manifest.categories, ['Linters']);
  });
});
