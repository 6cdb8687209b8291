// Turning a rule off in .shipshape.yaml removes its findings without a restart.
import { closeAllEditors, openFile, showProblems, squiggles, waitFor, waitForNoProblem, waitForProblem } from '../lib/workbench.mjs';

const RULE = 'dockerfile/missing-healthcheck';

export default {
  name: 'Turning a rule off in .shipshape.yaml removes its findings',
  profile: 'trusted',
  async run({ page }) {
    await showProblems(page, RULE);
    await openFile(page, 'reload/Dockerfile');
    await waitFor('the missing-healthcheck info squiggle', async () => (await squiggles(page, 'info')) === 1);
    await waitForProblem(page, RULE, 'reload');

    await openFile(page, '.shipshape.yaml');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`  ${RULE}: off`);
    await page.keyboard.press('Control+S');
    await waitFor('.shipshape.yaml to be saved', async () => (await page.locator('.part.editor .tab.active.dirty').count()) === 0);

    await waitForNoProblem(page, RULE);
    await closeAllEditors(page);
    await openFile(page, 'reload/Dockerfile');
    await waitFor('the info squiggle to stay gone', async () => (await squiggles(page, 'info')) === 0);
  },
};
