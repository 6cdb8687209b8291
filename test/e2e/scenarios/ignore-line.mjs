// "Ignore <rule> for this line" inserts a suppression comment above the line and the finding goes away.
import { editorLines, goToLine, openFile, showProblems, squiggles, waitFor, waitForNoProblem, waitForProblem, applyCodeAction } from '../lib/workbench.mjs';

const RULE = 'dockerfile/add-instead-of-copy';

export default {
  name: "'Ignore for this line' inserts a comment and the finding disappears",
  profile: 'trusted',
  async run({ page, screenshot }) {
    await showProblems(page, RULE);
    await openFile(page, 'ignore/Dockerfile');
    await waitFor('the ADD warning squiggle', async () => (await squiggles(page, 'warning')) === 1);
    await waitForProblem(page, RULE, 'ignore');

    await goToLine(page, 3, 2);
    await applyCodeAction(page, `Ignore ${RULE} for this line`);

    await waitFor('a shipshape-ignore comment in the file', async () =>
      (await editorLines(page)).some((l) => l.trim().startsWith(`# shipshape-ignore ${RULE}`)),
    );
    await waitFor('the warning squiggle to go', async () => (await squiggles(page, 'warning')) === 0);
    await waitForNoProblem(page, RULE, 'ignore');
    await screenshot('ignore-for-this-line');
    await page.keyboard.press('Control+S');
  },
};
