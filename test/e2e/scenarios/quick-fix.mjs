// Ctrl+. on a finding offers its quick-fix; choosing it edits the file and the finding goes away.
import { editorLines, goToLine, openFile, showProblems, squiggles, waitFor, waitForNoProblem, waitForProblem, applyCodeAction } from '../lib/workbench.mjs';

export default {
  name: 'Ctrl+. applies the quick-fix and the finding disappears',
  profile: 'trusted',
  async run({ page, screenshot }) {
    await showProblems(page, 'dockerfile/add-instead-of-copy');
    await openFile(page, 'quickfix/Dockerfile');
    await waitFor('the ADD warning squiggle', async () => (await squiggles(page, 'warning')) === 1);
    await waitForProblem(page, 'dockerfile/add-instead-of-copy', 'quickfix');

    await goToLine(page, 3, 2);
    await applyCodeAction(page, 'Use COPY', { screenshot: () => screenshot('quick-fix-menu', { docs: true }) });

    await waitFor('line 3 to start with COPY', async () => (await editorLines(page))[2]?.startsWith('COPY nginx.conf'));
    await waitFor('the warning squiggle to go', async () => (await squiggles(page, 'warning')) === 0);
    await waitForNoProblem(page, 'dockerfile/add-instead-of-copy', 'quickfix');
    await page.keyboard.press('Control+S');
  },
};
