// An open Dockerfile shows a squiggle under ADD, and hovering it shows the rule id.
import { activeEditor, openFile, squiggles, waitFor } from '../lib/workbench.mjs';

export default {
  name: 'Dockerfile shows a squiggle with the rule id',
  profile: 'trusted',
  async run({ page, screenshot }) {
    await openFile(page, 'Dockerfile');
    await waitFor('a warning squiggle in the Dockerfile', async () => (await squiggles(page, 'warning')) > 0);

    const squiggle = activeEditor(page).locator('.squiggly-warning').first();
    const hover = page.locator('.monaco-hover:visible').first();
    await waitFor('the hover to name dockerfile/add-instead-of-copy', async () => {
      await squiggle.hover({ force: true });
      return ((await hover.textContent({ timeout: 1000 }).catch(() => '')) ?? '').includes('dockerfile/add-instead-of-copy');
    });
    // The hover fades in; take the picture once it is fully opaque.
    await waitFor('the hover to finish fading in', () =>
      hover.evaluate((el) => {
        let opacity = 1;
        for (let n = el; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
        return opacity === 1;
      }),
    );
    await screenshot('dockerfile-hover', { docs: true });
    await page.keyboard.press('Escape');
  },
};
