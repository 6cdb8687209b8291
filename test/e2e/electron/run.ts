// Runs the Shipshape suite in a downloaded VS Code with @vscode/test-electron (needs the internet to
// fetch VS Code once; it is cached in .vscode-test/). Two runs: a trusted workspace, then the same
// workspace in Restricted Mode. Usage: npm run test:electron
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

// Compiled to .cache/e2e/electron/out/run.js, four levels below the repository root.
const ROOT = resolve(__dirname, '../../../..');
const FIXTURE = join(ROOT, 'test/e2e/fixtures/workspace');

type Profile = 'trusted' | 'restricted';

function settings(profile: Profile): Record<string, unknown> {
  return {
    'workbench.startupEditor': 'none',
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'editor.codeActionsOnSave': { 'source.fixAll.shipshape': 'explicit' },
    // Restricted Mode: trust is on and nothing asks, so the new folder stays untrusted.
    'security.workspace.trust.enabled': profile === 'restricted',
    'security.workspace.trust.startupPrompt': 'never',
  };
}

async function runProfile(profile: Profile, temp: string): Promise<void> {
  const workspace = join(temp, `workspace-${profile}`);
  cpSync(FIXTURE, workspace, { recursive: true });
  const userData = join(temp, `user-data-${profile}`);
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(settings(profile), null, 2));

  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.96.4',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(__dirname, 'suite/index.js'),
    extensionTestsEnv: { SHIPSHAPE_E2E_PROFILE: profile, SHIPSHAPE_E2E_WORKSPACE: workspace },
    launchArgs: [workspace, '--disable-extensions', '--user-data-dir', userData, '--skip-welcome', '--skip-release-notes'],
  });
}

async function main(): Promise<void> {
  const temp = mkdtempSync(join(tmpdir(), 'shipshape-electron-'));
  await runProfile('trusted', temp);
  await runProfile('restricted', temp);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
