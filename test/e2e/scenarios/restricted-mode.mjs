// In Restricted Mode (the workspace is not trusted) the extension still lints: it runs no code from
// the workspace, so it declares untrusted workspaces supported.
import { openFile, squiggles, waitFor, TIMEOUT } from '../lib/workbench.mjs';

export default {
  name: 'Restricted Mode workspace still shows diagnostics',
  profile: 'restricted',
  async run({ page, screenshot }) {
    // The trust dialog asks on first open; decline.
    const decline = page.locator('.monaco-dialog-box .monaco-button', { hasText: /No, I don.t trust/ }).first();
    await decline.waitFor({ timeout: TIMEOUT });
    await decline.click();
    await waitFor('the Restricted Mode indicator', async () => (await page.getByText('Restricted Mode').count()) > 0);

    await openFile(page, 'Dockerfile');
    await waitFor('a warning squiggle in the untrusted workspace', async () => (await squiggles(page, 'warning')) > 0);
    await screenshot('restricted-mode', { docs: true });
  },
};
