// The workspace scanner re-lints closed files when a file they depend on changes. Typing in such a
// file (a NetworkPolicy) changes the dependency stamp on every keystroke: only the newest re-lint
// pass may go on, or passes pile up behind the typing, each visiting every file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_CONFIG } from '../../rules/src/index.js';
import type { DocumentLinter, LintResult } from '../../server/src/document-linter.js';
import type { WorkspaceFileSystem } from '../../server/src/file-system.js';
import type { Logger } from '../../server/src/log.js';
import type { DocumentSettings, SettingsResolver } from '../../server/src/settings.js';
import type { UriMapper } from '../../server/src/uri.js';
import type { WorkspaceFolders } from '../../server/src/workspace-folders.js';
import { WorkspaceScanner } from '../../server/src/workspace-scanner.js';
import { WorkspaceState } from '../../server/src/workspace-state.js';

const FILES = 200;
const deployment = (i: number) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n`;
const policy = (n: number) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-${n}\nspec:\n  podSelector: {}\n`;

const macrotask = () => new Promise((done) => setImmediate(done));

function setUp() {
  const texts = new Map<string, string>(Array.from({ length: FILES }, (_, i) => [`/ws/app-${i}/deploy.yaml`, deployment(i)]));
  texts.set('/ws/policy.yaml', policy(0));
  const counts = { settingsLookups: 0, lints: 0 };
  const settings: DocumentSettings = { enable: true, scope: 'workspace' as DocumentSettings['scope'], maxFileSize: 1 << 20, config: DEFAULT_CONFIG, excludeBase: undefined };
  const fs: WorkspaceFileSystem = {
    readFile: async (path) => texts.get(path),
    stat: async (path) => (texts.has(path) ? { size: texts.get(path)!.length } : undefined),
    listFiles: async () => [...texts.keys()],
  };
  const resolver = {
    generation: 0,
    forFile: async () => (counts.settingsLookups++, settings),
    filesExcludeOf: async () => [],
  } as unknown as SettingsResolver;
  const linter = {
    lintText: (uri: string, _path: string, version: number | undefined, text: string): LintResult => (counts.lints++, { uri, version, text, findings: [], notes: [] }),
  } as unknown as DocumentLinter;
  const state = new WorkspaceState();
  let scanEnded: () => void = () => undefined;
  const scanner = new WorkspaceScanner({
    connection: { sendDiagnostics: async () => undefined } as unknown as Connection,
    fs,
    folders: { all: () => [{ uri: 'file:///ws', path: '/ws' }] } as unknown as WorkspaceFolders,
    settings: resolver,
    state,
    linter,
    uris: { toUri: (p: string) => `file://${p}`, toPath: (u: string) => u.replace('file://', '') } as unknown as UriMapper,
    log: { error: () => undefined, warn: () => undefined, info: () => undefined } as unknown as Logger,
    isOpen: (path) => path === '/ws/policy.yaml',
    supportsProgress: () => false,
    dependenciesChanged: () => undefined,
    status: { scanProgress: () => undefined, scanEnded: () => scanEnded() } as never,
  });
  const scanned = new Promise<void>((done) => (scanEnded = done));
  return { scanner, state, counts, scanned };
}

/** Waits until the scanner has done nothing for a while. */
async function settle(counts: { settingsLookups: number }): Promise<void> {
  let last = -1;
  while (last !== counts.settingsLookups) {
    last = counts.settingsLookups;
    for (let i = 0; i < 20; i++) await macrotask();
  }
}

describe('workspace scanner', () => {
  it('lets only the newest dependency re-lint pass run while a dependency is being typed in', async () => {
    const { scanner, state, counts, scanned } = setUp();
    scanner.start();
    await scanned;
    await settle(counts);
    assert.equal(counts.lints, FILES, 'the first scan lints every closed file once');

    counts.settingsLookups = 0;
    counts.lints = 0;
    const keystrokes = 30;
    for (let k = 1; k <= keystrokes; k++) {
      state.setOpen('/ws/policy.yaml', policy(k));
      scanner.openTextChanged();
      // A few files' worth of progress between keystrokes, as with a fast typist.
      for (let i = 0; i < 3; i++) await macrotask();
    }
    await settle(counts);

    // Every closed file is linted again for the final text of the policy...
    assert.ok(counts.lints >= FILES, `${counts.lints} lints`);
    // ...and the cancelled passes stopped where they were: each keystroke's pass visited a few files,
    // not all of them (piled-up passes would look every file up once per keystroke: ~${keystrokes * FILES}).
    assert.ok(counts.settingsLookups <= FILES + keystrokes * 5, `${counts.settingsLookups} settings lookups`);
    scanner.dispose();
  });
});
