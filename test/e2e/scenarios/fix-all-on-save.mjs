// With "editor.codeActionsOnSave": {"source.fixAll.shipshape": "explicit"}, Ctrl+S applies every safe fix.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { editorLines, openFile, squiggles, waitFor } from '../lib/workbench.mjs';

export default {
  name: 'Fix-all on save',
  profile: 'trusted',
  async run({ page, workspace }) {
    await openFile(page, 'fixall/Dockerfile');
    await waitFor('two ADD warning squiggles', async () => (await squiggles(page, 'warning')) === 2);

    // An edit makes the save a real one; the comment is left in the file.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# saved by the e2e test');
    await page.keyboard.press('Control+S');

    const file = join(workspace, 'fixall', 'Dockerfile');
    const onDisk = await waitFor('both ADDs to be COPY on disk', async () => {
      const text = await readFile(file, 'utf8');
      return !/^ADD /m.test(text) && text.includes('# saved by the e2e test') ? text : undefined;
    });
    if ((onDisk.match(/^COPY /gm) ?? []).length !== 2) throw new Error(`expected two COPY lines, got:\n${onDisk}`);
    await waitFor('the editor to show no ADD', async () => !(await editorLines(page)).some((l) => l.startsWith('ADD ')));
    await waitFor('the warning squiggles to go', async () => (await squiggles(page, 'warning')) === 0);
    await waitFor('the editor to be saved', async () => (await page.locator('.part.editor .tab.active.dirty').count()) === 0);
  },
};
