// ClientFileSystem: the browser server's file access, as requests to the client. What the client
// answers (or fails to answer) must come back as the WorkspaceFileSystem contract says.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientFileSystem, type ClientRequester } from '../../server/src/client-file-system.js';
import type { Logger } from '../../server/src/log.js';
import { LIST_FILES_REQUEST, READ_FILE_REQUEST, STAT_FILE_REQUEST } from '../../server/src/protocol.js';

/** A client that answers from a table and records what it was asked. */
function fakeClient(answers: Record<string, (params: unknown) => unknown>) {
  const asked: [string, unknown][] = [];
  const client: ClientRequester = {
    async sendRequest<R>(method: string, params: unknown): Promise<R> {
      asked.push([method, params]);
      const answer = answers[method];
      if (!answer) throw new Error(`Unhandled method ${method}`);
      return answer(params) as R;
    },
  };
  return { client, asked };
}

function recordingLog() {
  const warnings: string[] = [];
  const log: Logger = { info: () => {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
  return { log, warnings };
}

const URI = 'vscode-vfs://github/org/repo/.shipshape.yaml';

describe('ClientFileSystem', () => {
  it('sends the path as the URI and returns the text', async () => {
    const { client, asked } = fakeClient({ [READ_FILE_REQUEST]: () => 'rules: {}\n' });
    assert.equal(await new ClientFileSystem(client).readFile(URI), 'rules: {}\n');
    assert.deepEqual(asked, [[READ_FILE_REQUEST, { uri: URI }]]);
  });

  it('reads null, a non-string and a failed request as a missing file', async () => {
    for (const answer of [() => null, () => 42, () => { throw new Error('boom'); }]) {
      const { client } = fakeClient({ [READ_FILE_REQUEST]: answer });
      assert.equal(await new ClientFileSystem(client).readFile(URI), undefined);
    }
  });

  it('returns the size from stat, and undefined for null or a malformed answer', async () => {
    const sized = fakeClient({ [STAT_FILE_REQUEST]: () => ({ size: 12 }) });
    assert.deepEqual(await new ClientFileSystem(sized.client).stat(URI), { size: 12 });
    assert.deepEqual(sized.asked, [[STAT_FILE_REQUEST, { uri: URI }]]);
    for (const answer of [() => null, () => ({ size: '12' }), () => 'x']) {
      assert.equal(await new ClientFileSystem(fakeClient({ [STAT_FILE_REQUEST]: answer }).client).stat(URI), undefined);
    }
  });

  it('passes folder, excludes and limit on, and keeps only strings up to the limit', async () => {
    const { client, asked } = fakeClient({ [LIST_FILES_REQUEST]: () => ['a/Dockerfile', 7, 'b.yaml', 'c.yaml'] });
    const files = await new ClientFileSystem(client).listFiles('vscode-vfs://github/org/repo', ['vendor'], 2);
    assert.deepEqual(files, ['a/Dockerfile', 'b.yaml']);
    assert.deepEqual(asked, [[LIST_FILES_REQUEST, { folderUri: 'vscode-vfs://github/org/repo', exclude: ['vendor'], limit: 2 }]]);
  });

  it('lists nothing when the client cannot list', async () => {
    for (const answer of [() => null, () => ({}), () => { throw new Error('no such method'); }]) {
      assert.deepEqual(await new ClientFileSystem(fakeClient({ [LIST_FILES_REQUEST]: answer }).client).listFiles('file:///w', [], 10), []);
    }
  });

  it('logs a client that lacks a request once, not on every read', async () => {
    const { log, warnings } = recordingLog();
    const fs = new ClientFileSystem(fakeClient({}).client, log);
    await fs.readFile(URI);
    await fs.readFile(URI);
    await fs.stat(URI);
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.match(warnings[0], /shipshape\/readFile/);
    assert.match(warnings[1], /shipshape\/statFile/);
  });
});
