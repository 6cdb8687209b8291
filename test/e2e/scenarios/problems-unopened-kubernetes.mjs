// The Problems panel lists the findings of a Kubernetes manifest that was never opened:
// the server scans the workspace, not only the open editors.
import { closeAllEditors, problemRows, showProblems, waitForProblem } from '../lib/workbench.mjs';

export default {
  name: 'Problems lists findings of an unopened Kubernetes file',
  profile: 'trusted',
  async run({ page, screenshot }) {
    await closeAllEditors(page);
    await showProblems(page, 'k8s/privileged-container');
    await waitForProblem(page, 'k8s/privileged-container', 'deployment.yaml');
    await screenshot('problems-unopened-kubernetes', { docs: true });

    // Never opened: no tab for it exists.
    const tabs = await page.locator('.part.editor .tab').count();
    if (tabs !== 0) throw new Error(`expected no open editor, found ${tabs} tab(s)`);
    const rows = await problemRows(page);
    if (!rows.some((r) => r.text.includes('shipshape'))) throw new Error(`the row does not name its source: ${JSON.stringify(rows)}`);
  },
};
