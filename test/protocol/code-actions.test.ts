// Every code action kind through the bundled server, with the exact text each one produces: the
// rule's fix, ignore for this line (new and extending), ignore in this file, disable in the
// workspace (creating and editing .shipshape.yaml), show documentation, and fix-all as a source
// action and as the shipshape.fixAll command.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { applyWorkspaceEdit, fileUri, startBundledServer, type LspTestClient } from './harness.js';

const ADD = 'dockerfile/add-instead-of-copy';
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: nginx:1.27
          securityContext:
            privileged: true
`;

describe('code actions (bundled server)', () => {
  let client: LspTestClient;
  let root: string;
  let n = 0;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'shipshape-actions-'));
    client = await startBundledServer({ workspaceFolders: [root] });
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  /** Opens a fresh document (never on disk) and returns the diagnostic of `rule` and its actions. */
  async function actionsFor(name: string, languageId: string, text: string, rule: string): Promise<{ uri: string; diagnostic: Diagnostic; actions: CodeAction[] }> {
    const uri = fileUri(join(root, `case-${n++}`, name));
    await client.open(uri, languageId, text);
    const ds = await client.diagnosticsForCurrentVersion(uri, (x) => x.some((d) => d.code === rule));
    const diagnostic = ds.find((d) => d.code === rule)!;
    return { uri, diagnostic, actions: await client.codeActions(uri, diagnostic.range, [diagnostic], [CodeActionKind.QuickFix]) };
  }

  function titled(actions: CodeAction[], prefix: string): CodeAction {
    const found = actions.find((a) => a.title.startsWith(prefix));
    assert.ok(found, `an action "${prefix}…" among ${actions.map((a) => a.title).join(' | ')}`);
    return found;
  }

  it('offers fix, ignore line, ignore file, disable in workspace and docs, in that order', async () => {
    const { actions, diagnostic } = await actionsFor('Dockerfile', 'dockerfile', 'FROM alpine:3.20\nADD app.py /app/\nUSER 10001\n', ADD);
    assert.ok(actions[0].edit && actions[0].isPreferred !== undefined, 'the rule’s own fix comes first');
    assert.deepEqual(
      actions.slice(1).map((a) => a.title),
      [`Ignore ${ADD} for this line`, `Ignore ${ADD} in this file`, `Disable ${ADD} in the workspace`, `Show documentation for ${ADD}`],
    );
    assert.ok(actions.every((a) => a.kind === CodeActionKind.QuickFix && a.diagnostics?.[0].code === diagnostic.code));
    const docs = titled(actions, 'Show documentation');
    assert.deepEqual(docs.command, { title: `Show documentation for ${ADD}`, command: 'shipshape.showRuleDocumentation', arguments: [ADD] });
    assert.equal(docs.edit, undefined);
  });

  it('ignores for this line with a new comment, above the whole instruction, indented like the line', async () => {
    const docker = await actionsFor('Dockerfile', 'dockerfile', 'FROM alpine:3.20\nADD app.py /app/\nUSER 10001\n', ADD);
    const line = titled(docker.actions, 'Ignore dockerfile/add-instead-of-copy for this line');
    assert.equal(applyWorkspaceEdit(client.text(docker.uri), docker.uri, line.edit!), `FROM alpine:3.20\n# shipshape-ignore ${ADD}\nADD app.py /app/\nUSER 10001\n`);
    await client.applyEdit(docker.uri, line.edit!);
    await client.diagnosticsForCurrentVersion(docker.uri, (ds) => !ds.some((d) => d.code === ADD));

    const curl = 'FROM alpine:3.20\nRUN apk update \\\n    && curl -k https://example.com/x.sh | sh\nUSER 10001\n';
    const continued = await actionsFor('Dockerfile', 'dockerfile', curl, 'dockerfile/curl-pipe-shell');
    assert.equal(continued.diagnostic.range.start.line, 2, 'the finding is on the continuation line');
    const above = titled(continued.actions, 'Ignore dockerfile/curl-pipe-shell for this line');
    assert.equal(
      applyWorkspaceEdit(curl, continued.uri, above.edit!),
      'FROM alpine:3.20\n# shipshape-ignore dockerfile/curl-pipe-shell\nRUN apk update \\\n    && curl -k https://example.com/x.sh | sh\nUSER 10001\n',
    );

    const yaml = await actionsFor('deploy.yaml', 'yaml', DEPLOYMENT, 'k8s/privileged-container');
    const indented = titled(yaml.actions, 'Ignore k8s/privileged-container for this line');
    assert.equal(
      applyWorkspaceEdit(DEPLOYMENT, yaml.uri, indented.edit!),
      DEPLOYMENT.replace('            privileged: true', '            # shipshape-ignore k8s/privileged-container\n            privileged: true'),
    );
  });

  it('extends a shipshape-ignore comment standing directly above instead of adding a second', async () => {
    const text = 'FROM alpine:3.20\n# shipshape-ignore dockerfile/missing-healthcheck -- not a service\nADD app.py /app/\nUSER 10001\n';
    const { uri, actions } = await actionsFor('Dockerfile', 'dockerfile', text, ADD);
    const edit = titled(actions, `Ignore ${ADD} for this line`).edit!;
    assert.equal(
      applyWorkspaceEdit(text, uri, edit),
      `FROM alpine:3.20\n# shipshape-ignore dockerfile/missing-healthcheck, ${ADD} -- not a service\nADD app.py /app/\nUSER 10001\n`,
    );
  });

  it('ignores in this file after Dockerfile parser directives and after a YAML directive block, extending an existing comment', async () => {
    const text = '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nADD app.py /app/\n';
    const docker = await actionsFor('Dockerfile', 'dockerfile', text, ADD);
    const file = titled(docker.actions, `Ignore ${ADD} in this file`);
    assert.equal(applyWorkspaceEdit(text, docker.uri, file.edit!), `# syntax=docker/dockerfile:1\n# shipshape-ignore-file ${ADD}\nFROM alpine:3.20\nADD app.py /app/\n`);
    await client.applyEdit(docker.uri, file.edit!);
    await client.diagnosticsForCurrentVersion(docker.uri, (ds) => !ds.some((d) => d.code === ADD));

    const existing = '# shipshape-ignore-file dockerfile/missing-healthcheck\nFROM alpine:3.20\nADD app.py /app/\n';
    const extended = await actionsFor('Dockerfile', 'dockerfile', existing, ADD);
    assert.equal(
      applyWorkspaceEdit(existing, extended.uri, titled(extended.actions, `Ignore ${ADD} in this file`).edit!),
      `# shipshape-ignore-file dockerfile/missing-healthcheck, ${ADD}\nFROM alpine:3.20\nADD app.py /app/\n`,
    );

    const yamlText = `%YAML 1.2\n---\n${DEPLOYMENT}`;
    const yaml = await actionsFor('deploy.yaml', 'yaml', yamlText, 'k8s/privileged-container');
    const yamlEdit = titled(yaml.actions, 'Ignore k8s/privileged-container in this file').edit!;
    assert.equal(applyWorkspaceEdit(yamlText, yaml.uri, yamlEdit), `%YAML 1.2\n---\n# shipshape-ignore-file k8s/privileged-container\n${DEPLOYMENT}`);
    await client.applyEdit(yaml.uri, yamlEdit);
    await client.diagnosticsForCurrentVersion(yaml.uri, (ds) => ds.length > 0 && !ds.some((d) => d.code === 'k8s/privileged-container'));
  });

  it('disables a rule in the workspace by creating .shipshape.yaml, or by editing it keeping its content', async () => {
    const config = join(root, '.shipshape.yaml');
    const configUri = fileUri(config);
    const created = await actionsFor('Dockerfile', 'dockerfile', 'FROM alpine:3.20\nADD app.py /app/\n', ADD);
    assert.deepEqual(titled(created.actions, `Disable ${ADD} in the workspace`).edit, {
      documentChanges: [
        { kind: 'create', uri: configUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: configUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `rules:\n  ${ADD}: off\n` }] },
      ],
    });

    const existing = '# team settings\nprofile: baseline\n';
    writeFileSync(config, existing);
    const edited = await actionsFor('Dockerfile', 'dockerfile', 'FROM alpine:3.20\nADD app.py /app/\n', ADD);
    const edit = titled(edited.actions, `Disable ${ADD} in the workspace`).edit!;
    assert.equal(applyWorkspaceEdit(existing, configUri, edit), `# team settings\nprofile: baseline\nrules:\n  ${ADD}: off\n`);

    const withRules = 'rules:\n  k8s/resource-limits: off # noisy\n';
    writeFileSync(config, withRules);
    const again = await actionsFor('Dockerfile', 'dockerfile', 'FROM alpine:3.20\nADD app.py /app/\n', ADD);
    assert.equal(
      applyWorkspaceEdit(withRules, configUri, titled(again.actions, `Disable ${ADD} in the workspace`).edit!),
      `rules:\n  k8s/resource-limits: off # noisy\n  ${ADD}: off\n`,
    );
    rmSync(config);
  });

  it('offers only the fix and the documentation for daemon.json', async () => {
    const { actions } = await actionsFor('daemon.json', 'json', '{ "icc": true }', 'daemon/inter-container-communication');
    assert.equal(actions.length, 2, actions.map((a) => a.title).join(' | '));
    assert.ok(actions[0].edit && actions[0].isPreferred !== undefined, 'the fix first');
    assert.equal(actions[1].command?.command, 'shipshape.showRuleDocumentation');
  });

  it('fixes all safe problems in one edit as a source action and with the shipshape.fixAll command', async () => {
    const uri = fileUri(join(root, 'fix-all', 'deploy.yaml'));
    await client.open(uri, 'yaml', DEPLOYMENT);
    const ds = await client.diagnosticsForCurrentVersion(uri, (x) => x.some((d) => d.code === 'k8s/privileged-container'));
    const actions = await client.codeActions(uri, ds[0].range, ds, ['source.fixAll']);
    assert.deepEqual(
      actions.map((a) => a.kind),
      ['source.fixAll.shipshape'],
    );
    // Safe fixes only, whole fixes only, and of several insertions at one place only the first
    // (two could each add the same missing mapping); the rest remain for the next run.
    const expected = DEPLOYMENT.replace('privileged: true', 'privileged: false\n            allowPrivilegeEscalation: false');
    assert.equal(applyWorkspaceEdit(DEPLOYMENT, uri, actions[0].edit!), expected);

    await client.executeCommand('shipshape.fixAll', [uri]);
    assert.equal(client.appliedEdits.length, 1);
    assert.equal(applyWorkspaceEdit(DEPLOYMENT, uri, client.appliedEdits[0].edit), expected);
  });
});
