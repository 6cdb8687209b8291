/// <reference types="mocha" />
// The end-to-end scenarios of test/e2e/scenarios, through the VS Code API in a trusted workspace.
import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { apply, codeActionsFor, findingsOf, open, waitFor, waitForFinding, waitForNoFinding, workspaceUri } from './helpers';

const ADD = 'dockerfile/add-instead-of-copy';

suite('Shipshape in a trusted workspace', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('an open Dockerfile has a diagnostic with the rule id', async () => {
    const editor = await open('Dockerfile');
    const finding = await waitForFinding(editor.document.uri, ADD);
    assert.equal(finding.range.start.line, 2);
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('a Kubernetes file that was never opened has diagnostics', async () => {
    const uri = workspaceUri('k8s/deployment.yaml');
    await waitForFinding(uri, 'k8s/privileged-container');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty));
  });

  test('the quick-fix replaces ADD with COPY and the finding disappears', async () => {
    const editor = await open('quickfix/Dockerfile');
    const uri = editor.document.uri;
    const finding = await waitForFinding(uri, ADD);
    const fix = (await codeActionsFor(uri, finding, vscode.CodeActionKind.QuickFix.value)).find((a) => a.title === 'Use COPY');
    assert.ok(fix, 'the "Use COPY" quick-fix is offered');
    assert.equal(fix.isPreferred, true);
    await apply(fix);
    assert.match(editor.document.lineAt(2).text, /^COPY nginx\.conf/);
    await waitForNoFinding(uri, ADD);
  });

  test("'Ignore for this line' inserts a comment and the finding disappears", async () => {
    const editor = await open('ignore/Dockerfile');
    const uri = editor.document.uri;
    const finding = await waitForFinding(uri, ADD);
    const ignore = (await codeActionsFor(uri, finding)).find((a) => a.title === `Ignore ${ADD} for this line`);
    assert.ok(ignore, `"Ignore ${ADD} for this line" is offered`);
    await apply(ignore);
    assert.ok(editor.document.getText().includes(`# shipshape-ignore ${ADD}`), editor.document.getText());
    await waitForNoFinding(uri, ADD);
  });

  test('saving applies every safe fix (source.fixAll.shipshape on save)', async () => {
    const editor = await open('fixall/Dockerfile');
    const uri = editor.document.uri;
    await waitFor('two ADD findings', () => findingsOf(uri, ADD).length === 2);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '# saved by the e2e test\n'));
    await vscode.commands.executeCommand('workbench.action.files.save');
    const onDisk = await waitFor('both ADDs to be COPY on disk', async () => {
      const text = await readFile(uri.fsPath, 'utf8');
      return text.includes('# saved by the e2e test') && !/^ADD /m.test(text) ? text : undefined;
    });
    assert.equal(onDisk.match(/^COPY /gm)?.length, 2);
    await waitForNoFinding(uri, ADD);
  });

  test('turning a rule off in .shipshape.yaml removes its findings', async () => {
    const dockerfile = workspaceUri('reload/Dockerfile');
    await open('reload/Dockerfile');
    await waitForFinding(dockerfile, 'dockerfile/missing-healthcheck');
    const config = await open('.shipshape.yaml');
    await config.edit((b) => b.insert(new vscode.Position(config.document.lineCount, 0), '  dockerfile/missing-healthcheck: off\n'));
    await config.document.save();
    await waitForNoFinding(dockerfile, 'dockerfile/missing-healthcheck');
  });
});
