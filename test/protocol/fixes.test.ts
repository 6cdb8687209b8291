// Diagnostics and quick fixes through the bundled server: a Dockerfile and a Kubernetes Deployment.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { getRule, lint } from '../../rules/src/index.js';
import { applyWorkspaceEdit, startBundledServer, type LspTestClient } from './harness.js';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

function withCode(diagnostics: Diagnostic[], code: string): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === code);
}

/** The rule's own fix: the only action that says whether it is preferred. */
function isRuleFix(a: CodeAction): boolean {
  return a.kind === CodeActionKind.QuickFix && a.isPreferred !== undefined;
}

/** Requests the quick fix for `diagnostic`, checks its shape, applies it and returns the diagnostics of the fixed version. */
async function applyQuickFix(client: LspTestClient, uri: string, diagnostic: Diagnostic): Promise<Diagnostic[]> {
  const version = client.version(uri);
  const actions = await client.codeActions(uri, diagnostic.range, [diagnostic]);
  const fixes = actions.filter(isRuleFix);
  assert.equal(fixes.length, 1, `one quick fix for ${diagnostic.code}: ${JSON.stringify(actions)}`);
  const [fix] = fixes;
  assert.deepEqual(fix.diagnostics, [diagnostic]);
  assert.equal(fix.isPreferred, getRule(String(diagnostic.code))?.fix === 'safe');
  const change = fix.edit?.documentChanges?.[0];
  assert.ok(change && 'textDocument' in change, 'a versioned text document edit');
  assert.deepEqual(change.textDocument, { uri, version });
  const expected = applyWorkspaceEdit(client.text(uri), uri, fix.edit!);
  await client.applyEdit(uri, fix.edit!);
  assert.equal(client.text(uri), expected);
  return client.diagnosticsForCurrentVersion(uri);
}

describe('diagnostics and quick fixes (bundled server over stdio)', () => {
  let client: LspTestClient;
  before(async () => {
    client = await startBundledServer();
  });
  after(async () => {
    await client.shutdown();
  });

  it('reports ADD of local files with exact range, severity, code, source and docs link, and fixes it', async () => {
    const uri = 'file:///work/fixtures/app/Dockerfile';
    const text = 'FROM alpine:3.20\nADD app.py /app/\nUSER 10001\nCMD ["python3", "/app/app.py"]\n';
    await client.open(uri, 'dockerfile', text);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri, (ds) => withCode(ds, 'dockerfile/add-instead-of-copy') !== undefined);
    const d = withCode(diagnostics, 'dockerfile/add-instead-of-copy')!;

    const [finding] = lint(text, '/work/fixtures/app/Dockerfile', { languageId: 'dockerfile' }).filter((f) => f.rule === d.code);
    assert.equal(d.source, 'shipshape');
    assert.deepEqual(d.range, finding.range);
    assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, 'the ADD keyword');
    assert.equal(d.severity, SEVERITY[finding.severity]);
    assert.equal(d.message, finding.message);
    assert.deepEqual(d.codeDescription, { href: getRule('dockerfile/add-instead-of-copy')!.docs });

    const after = await applyQuickFix(client, uri, d);
    assert.match(client.text(uri), /^COPY app\.py \/app\/$/m);
    assert.equal(withCode(after, 'dockerfile/add-instead-of-copy'), undefined);
  });

  it('fixes a privileged container and a missing allowPrivilegeEscalation: false in a Deployment', async () => {
    const uri = 'file:///work/fixtures/k8s/deployment.yaml';
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector:',
      '    matchLabels: { app: web }',
      '  template:',
      '    metadata:',
      '      labels: { app: web }',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: nginx:1.27',
      '          securityContext:',
      '            privileged: true',
      '',
    ].join('\n');
    await client.open(uri, 'yaml', text);
    const diagnostics = await client.diagnosticsForCurrentVersion(uri, (ds) => withCode(ds, 'k8s/privileged-container') !== undefined);
    const privileged = withCode(diagnostics, 'k8s/privileged-container')!;
    assert.equal(privileged.source, 'shipshape');
    assert.equal(privileged.range.start.line, 15, 'on the privileged: true line');
    assert.deepEqual(privileged.codeDescription, { href: getRule('k8s/privileged-container')!.docs });
    assert.ok(withCode(diagnostics, 'k8s/allow-privilege-escalation'), 'allowPrivilegeEscalation is reported too');

    const afterFirst = await applyQuickFix(client, uri, privileged);
    assert.match(client.text(uri), /privileged: false/);
    assert.equal(withCode(afterFirst, 'k8s/privileged-container'), undefined);

    const escalation = withCode(afterFirst, 'k8s/allow-privilege-escalation');
    assert.ok(escalation, 'allowPrivilegeEscalation is still reported after the first fix');
    const afterSecond = await applyQuickFix(client, uri, escalation);
    assert.match(client.text(uri), /allowPrivilegeEscalation: false/);
    assert.equal(withCode(afterSecond, 'k8s/allow-privilege-escalation'), undefined);
  });

  it('re-lints for a code action whose diagnostic is from an older version', async () => {
    const uri = 'file:///work/fixtures/stale/Dockerfile';
    await client.open(uri, 'dockerfile', 'FROM alpine:3.20\nADD app.py /app/\n');
    const [d] = (await client.diagnosticsForCurrentVersion(uri, (ds) => withCode(ds, 'dockerfile/add-instead-of-copy') !== undefined)).filter(
      (x) => x.code === 'dockerfile/add-instead-of-copy',
    );
    // Append a line without waiting for its diagnostics: the server's published findings are stale.
    const version = await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'USER 10001\n' }]);
    const actions = (await client.codeActions(uri, d.range, [d])).filter(isRuleFix);
    assert.equal(actions.length, 1);
    const change = actions[0].edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.equal(change.textDocument.version, version, 'the edit is for the current version');
    assert.equal(applyWorkspaceEdit(client.text(uri), uri, actions[0].edit!), 'FROM alpine:3.20\nCOPY app.py /app/\nUSER 10001\n');
  });

  it('offers no action for diagnostics of other sources, and honours context.only', async () => {
    const uri = 'file:///work/fixtures/only/Dockerfile';
    await client.open(uri, 'dockerfile', 'FROM alpine:3.20\nADD app.py /app/\n');
    const ds = await client.diagnosticsForCurrentVersion(uri, (x) => withCode(x, 'dockerfile/add-instead-of-copy') !== undefined);
    const d = withCode(ds, 'dockerfile/add-instead-of-copy')!;
    assert.deepEqual(await client.codeActions(uri, d.range, [{ ...d, source: 'hadolint' }]), []);
    const source = await client.codeActions(uri, d.range, [d], [CodeActionKind.Source]);
    assert.deepEqual(
      source.map((a) => a.kind),
      ['source.fixAll.shipshape'],
      'only the fix-all source action',
    );
    assert.deepEqual(await client.codeActions(uri, d.range, [d], [CodeActionKind.Refactor]), []);
    const quickFixes = await client.codeActions(uri, d.range, [d], [CodeActionKind.QuickFix]);
    assert.ok(quickFixes.length > 1 && quickFixes.every((a) => a.kind === CodeActionKind.QuickFix));
    assert.equal(quickFixes.filter(isRuleFix).length, 1);
  });
});
