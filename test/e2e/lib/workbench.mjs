// Drives the VS Code workbench the way a person does: Quick Open, the command palette, keyboard
// shortcuts, the Problems panel. Every wait is on a condition in the page, never a fixed delay.

/** Generous: the first lint after start-up includes the server's cold start on a 2-core machine. */
export const TIMEOUT = 60_000;

/** Polls `probe` until it returns a truthy value; fails with `what` and the last value seen. */
export async function waitFor(what, probe, { timeout = TIMEOUT, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last seen: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** The text editor of the active editor group (scenarios keep one editor open at a time). */
export function activeEditor(page) {
  return page.locator('.part.editor .editor-group-container.active .editor-container .monaco-editor').first();
}

/** The editor's visible text, one string per line, with VS Code's non-breaking spaces made plain. */
export async function editorLines(page) {
  const lines = await activeEditor(page)
    .locator('.view-lines .view-line')
    .evaluateAll((nodes) =>
      nodes
        .map((n) => ({ top: parseFloat(n.style.top || '0'), text: n.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    );
  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}

/** Number of squiggles of a severity ('error' | 'warning' | 'info' | 'hint') in the active editor. */
export function squiggles(page, severity) {
  return activeEditor(page).locator(`.squiggly-${severity}`).count();
}

export async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
  // The status bar is drawn once the workbench has restored its parts.
  await page.locator('.part.statusbar').waitFor({ timeout: TIMEOUT });
}

/** Runs a command by its palette title (F1, type, Enter on the matching row). */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: TIMEOUT });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits until its tab is active. */
export async function openFile(page, relativePath) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(relativePath);
  const folder = relativePath.includes('/') ? relativePath.slice(0, relativePath.lastIndexOf('/')) : '';
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  // A row shows the file name and, beside it, its folder; pick the one whose folder matches exactly.
  // The list re-renders while files are found, so read all rows in one go and retry.
  await waitFor(`Quick Open to list ${relativePath}`, async () => {
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const index = await rows.evaluateAll(
      (nodes, wanted) =>
        nodes.findIndex(
          (n) =>
            (n.querySelector('.label-name')?.textContent ?? '').trim() === wanted.name &&
            (n.querySelector('.label-description')?.textContent ?? '').trim() === wanted.folder,
        ),
      { name, folder },
    );
    return index >= 0 && rows.nth(index).click({ timeout: 2000 }).then(() => true, () => false);
  });
  // The breadcrumbs above the editor spell the active file's path: "quickfix › Dockerfile".
  await waitFor(`${relativePath} to be the active editor`, async () => {
    const items = await page
      .locator('.part.editor .editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item')
      .evaluateAll((nodes) => nodes.map((n) => (n.textContent ?? '').trim()));
    const path = items.join('/');
    return path === relativePath || path.startsWith(`${relativePath}/`);
  });
  await activeEditor(page).locator('.view-lines').waitFor({ timeout: TIMEOUT });
  await focusEditor(page);
}

/**
 * Opens the quick-fix menu with Ctrl+. and runs the action titled `title`, choosing it with the
 * arrow keys and Enter as a keyboard user does.
 */
export async function applyCodeAction(page, title, { screenshot } = {}) {
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.locator('.monaco-list-row', { hasText: title }).first().waitFor({ timeout: TIMEOUT });
  if (screenshot) await screenshot();
  const rows = await menu.locator('.monaco-list-row').count();
  for (let step = 0; step <= rows; step++) {
    const focused = ((await menu.locator('.monaco-list-row.focused').first().textContent().catch(() => '')) ?? '').trim();
    if (focused === title) {
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: TIMEOUT });
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the quick-fix menu offers "${title}" but it could not be selected`);
}

/** Gives keyboard focus to the active editor's text area. */
export async function focusEditor(page) {
  await activeEditor(page).locator('.view-lines').click({ position: { x: 400, y: 2 }, force: true });
  await waitFor('the editor to have focus', () => activeEditor(page).evaluate((el) => el.classList.contains('focused')));
}

/** Moves the cursor with Go to Line (Ctrl+G): `line` and `column` are 1-based. */
export async function goToLine(page, line, column = 1) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  await waitFor(`the cursor on line ${line}`, async () => {
    const text = (await page.locator('.statusbar-item[id$="status.editor.selection"]').textContent().catch(() => '')) ?? '';
    return text.includes(`Ln ${line},`);
  });
}

/** Closes every editor; unsaved changes are a scenario bug, so there must be none. */
export async function closeAllEditors(page) {
  await runCommand(page, 'View: Close All Editors');
  await waitFor('all editors to close', async () => (await page.locator('.part.editor .tab').count()) === 0);
}

/** Shows the Problems panel (Ctrl+Shift+M) and sets its text filter. */
export async function showProblems(page, filter) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ timeout: TIMEOUT });
  }
  const filterInput = page.locator('.part.panel .viewpane-filter input, .part.panel .markers-panel-action-filter input').first();
  await filterInput.waitFor({ timeout: TIMEOUT });
  await filterInput.fill(filter);
  // The filter applies after a short debounce; until then rows of other rules are still listed
  // (and a long list scrolls rows out of the DOM), so wait until every finding row matches.
  await waitFor(`the Problems filter "${filter}" to apply`, async () => (await problemRows(page)).every((r) => r.text.includes(filter)));
}

/**
 * The rows the Problems panel shows, as { file, text } per finding: `file` is the label of the
 * file row above it ("deployment.yaml k8s"), `text` the finding's row (message, source(code), position).
 */
export async function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => {
    const ordered = rows
      .map((r) => ({ index: Number(r.getAttribute('data-index')), level: Number(r.getAttribute('aria-level')), text: (r.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.index - b.index);
    const findings = [];
    let file = '';
    for (const r of ordered) {
      if (r.level === 1) file = r.text;
      else findings.push({ file, text: r.text });
    }
    return findings;
  });
}

/** Waits until the Problems panel (already filtered) lists a finding of `rule` in a file matching `file`. */
export function waitForProblem(page, rule, file) {
  return waitFor(`the Problems panel to list ${rule} in ${file}`, async () => {
    const rows = await problemRows(page);
    return rows.find((r) => r.text.includes(rule) && r.file.includes(file));
  });
}

/** Waits until the Problems panel lists no finding of `rule` in a file matching `file`. */
export function waitForNoProblem(page, rule, file = '') {
  return waitFor(`the Problems panel to drop ${rule}${file ? ` in ${file}` : ''}`, async () => {
    const rows = await problemRows(page);
    return !rows.some((r) => r.text.includes(rule) && r.file.includes(file));
  });
}
