/// <reference types="mocha" />
// Restricted Mode: the workspace is not trusted, and Shipshape still lints (it runs no workspace code).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, waitForFinding } from './helpers';

suite('Shipshape in Restricted Mode', () => {
  test('the workspace is untrusted and an open Dockerfile still has diagnostics', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the run must be untrusted to test Restricted Mode');
    const editor = await open('Dockerfile');
    await waitForFinding(editor.document.uri, 'dockerfile/add-instead-of-copy');
  });
});
