// Large inputs are linted in worker threads; the report must not depend on how many.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../rules/src/index.js';
import { lintFiles } from '../../cli/src/lint-command.js';
import { threadCount, FILES_PER_THREAD } from '../../cli/src/parallel.js';
import { fixture, PLAIN_POD, PRIVILEGED_COMPOSE, PRIVILEGED_POD, runCli } from './helpers.js';

describe('worker threads', () => {
  it('chooses one thread per core only when there are enough files, and honours --threads', () => {
    assert.equal(threadCount(undefined, 10, 8), 1);
    assert.equal(threadCount(undefined, FILES_PER_THREAD * 2, 8), 2);
    assert.equal(threadCount(undefined, FILES_PER_THREAD * 100, 8), 8);
    assert.equal(threadCount(3, 100, 1), 3);
    assert.equal(threadCount(4, 2, 8), 2, 'never more threads than files');
    assert.equal(threadCount(2, 0, 8), 1);
  });

  it('gives the same report, findings and exit code with 1 and 3 threads', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      files[`svc${i}/pod.yaml`] = i % 2 ? PRIVILEGED_POD : PLAIN_POD;
      files[`svc${i}/compose.yaml`] = PRIVILEGED_COMPOSE;
      files[`svc${i}/Dockerfile`] = `FROM alpine:3.${i}\nADD app.py /app/\n`;
    }
    const root = fixture(files);
    const one = runCli(['--format', 'json', '--threads', '1'], root);
    const three = runCli(['--format', 'json', '--threads', '3'], root);
    assert.equal(one.status, 1);
    assert.equal(three.status, one.status);
    assert.ok(JSON.parse(one.stdout).length > 36);
    assert.equal(three.stdout, one.stdout);
  });

  it('finds the workspace NetworkPolicies of every thread\'s share, with 1, 2 and 3 threads alike', () => {
    // Policies in files that fall to different workers select pods in yet other files; app-0 and
    // app-5 have no policy, and svc2's file holds a policy of its own next to its pod.
    const files: Record<string, string> = {};
    for (let i = 0; i < 9; i++) files[`svc${i}/pod.yaml`] = labelledPod(`app-${i}`, i === 2 ? policy('app-2') : '');
    for (const i of [1, 3, 4, 6, 7, 8]) files[`policies/p${i}.yml`] = policy(`app-${i}`);
    files['policies/notes.txt'] = policy('app-0'); // not YAML: no walk reads it
    const root = fixture(files);
    const one = runCli(['--format', 'json', '--threads', '1'], root);
    const missing = (JSON.parse(one.stdout) as { file: string; rule: string }[]).filter((f) => f.rule === 'k8s/missing-network-policy').map((f) => f.file);
    assert.deepEqual(missing.sort(), ['svc0/pod.yaml', 'svc5/pod.yaml']);
    for (const threads of ['2', '3']) assert.equal(runCli(['--format', 'json', '--threads', threads], root).stdout, one.stdout, `${threads} threads`);
  });

  it('keeps built fixes in its reports, not the deferred builders that hold on to each parse', () => {
    const root = fixture({ 'pod.yaml': PRIVILEGED_POD, 'compose.yaml': PRIVILEGED_COMPOSE });
    const files = ['pod.yaml', 'compose.yaml'].map((f) => join(root, f));
    const { reports } = lintFiles({ files, allFiles: files, cwd: root, config: DEFAULT_CONFIG, verbose: false });
    const findings = reports.flatMap((r) => r.findings);
    assert.ok(findings.some((f) => f.fix !== null), 'some finding has a fix');
    for (const f of findings) assert.equal(typeof Object.getOwnPropertyDescriptor(f, 'fix')?.get, 'undefined', `${f.rule}: fix is a plain value`);
  });

  it('refuses a --threads value that is not a whole number from 1 to 64', () => {
    for (const bad of ['0', 'two', '1.5', '65']) {
      const r = runCli(['--threads', bad], fixture({ 'a.yaml': PLAIN_POD }));
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--threads/);
    }
  });
});

function labelledPod(app: string, more: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${app}\n  labels:\n    app: ${app}\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n${more}`;
}

function policy(app: string): string {
  return `---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${app}\nspec:\n  podSelector:\n    matchLabels:\n      app: ${app}\n  policyTypes: [Ingress]\n`;
}
