// Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage and path errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture, HARDENED_POD, PLAIN_POD, PRIVILEGED_POD, runCli } from './helpers.js';

const HELP_HINT = /Run "shipshape --help" for usage\./;

describe('exit status', () => {
  const root = fixture({ 'privileged.yaml': PRIVILEGED_POD, 'plain.yaml': PLAIN_POD, 'hardened.yaml': HARDENED_POD, 'notes.txt': 'hello\n' });
  const only = (...ids: string[]) => ids.flatMap((id) => ['--rule', id]);

  it('is 0 when no file has a finding', () => {
    const r = runCli([...only('k8s/privileged-container'), 'hardened.yaml', 'plain.yaml'], root);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
  });

  it('is 0 for a directory without lintable files', () => {
    const empty = fixture({ 'notes.txt': 'hello\n', 'src/app.js': 'console.log(1)\n' });
    const r = runCli([], empty);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, 'No problems found in 0 files.\n');
  });

  it('is 1 when an error is found', () => {
    const r = runCli(only('k8s/privileged-container'), root);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^privileged\.yaml:10:\d+ error k8s\/privileged-container /m);
  });

  it('is 0 with --fail-on never, whatever is found', () => {
    const r = runCli([...only('k8s/privileged-container'), '--fail-on', 'never'], root);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /k8s\/privileged-container/);
  });

  it('counts warnings only from --fail-on warning', () => {
    const args = [...only('k8s/allow-privilege-escalation'), 'plain.yaml'];
    const byDefault = runCli(args, root);
    assert.match(byDefault.stdout, / warning k8s\/allow-privilege-escalation /);
    assert.equal(byDefault.status, 0, 'a warning does not fail the default --fail-on error');
    assert.equal(runCli([...args, '--fail-on', 'warning'], root).status, 1);
    assert.equal(runCli([...args, '--fail-on=info'], root).status, 1);
  });

  it('is 2 for an unknown rule id, naming it', () => {
    const r = runCli(['--rule', 'k8s/privileged-container,k8s/no-such-rule'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown rule id "k8s\/no-such-rule"/);
    assert.match(r.stderr, HELP_HINT);
    assert.equal(r.stdout, '');
  });

  it('is 2 for an unknown option', () => {
    const r = runCli(['--colour'], root);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.split('\n')[0], 'shipshape: unknown option "--colour"');
    assert.match(r.stderr, HELP_HINT);
  });

  it('is 2 for a bad --format or --fail-on value, or a missing value', () => {
    const format = runCli(['--format', 'xml'], root);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /invalid value "xml" for --format/);
    assert.equal(runCli(['--fail-on', 'critical'], root).status, 2);
    const missing = runCli(['--config'], root);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /"--config" needs a value/);
  });

  it('is 2 for a path that does not exist, before linting anything', () => {
    const r = runCli(['privileged.yaml', 'no/such/dir'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^shipshape: no\/such\/dir: no such file or directory$/m);
    assert.match(r.stderr, HELP_HINT);
    assert.equal(r.stdout, '');
  });

  it('is 0 for --help and --version', () => {
    const help = runCli(['--help'], root);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: shipshape /);
    assert.match(help.stdout, /--fail-on/);
    assert.equal(runCli(['-h'], root).stdout, help.stdout);
    const version = runCli(['--version'], root);
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+(-[\w.]+)?\n$/);
  });
});
