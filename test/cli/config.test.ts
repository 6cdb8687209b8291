// Configuration: the nearest .shipshape.yaml, --config, --rule, and config problems (exit 2).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, PRIVILEGED_POD, runCli, runJson } from './helpers.js';

const PRIVILEGED = 'k8s/privileged-container';
const severitiesOf = (findings: { rule: string; severity: string }[]) => findings.filter((f) => f.rule === PRIVILEGED).map((f) => f.severity);

describe('configuration', () => {
  it('uses the nearest .shipshape.yaml or .shipshape.yml from the current directory upwards', () => {
    const root = fixture({
      '.shipshape.yaml': `rules:\n  ${PRIVILEGED}: off\n`,
      'pod.yaml': PRIVILEGED_POD,
      'team/pod.yaml': PRIVILEGED_POD,
      'team/strict/.shipshape.yml': `rules:\n  ${PRIVILEGED}: warning\n`,
      'team/strict/pod.yaml': PRIVILEGED_POD,
    });
    assert.deepEqual(severitiesOf(runJson([], root).findings), []);
    assert.deepEqual(severitiesOf(runJson([], join(root, 'team')).findings), [], 'found one level up');
    assert.deepEqual(severitiesOf(runJson([], join(root, 'team/strict')).findings), ['warning'], 'the nearest file wins');
    const unconfigured = fixture({ 'pod.yaml': PRIVILEGED_POD });
    assert.deepEqual(severitiesOf(runJson([], unconfigured).findings), ['error']);
  });

  it('uses --config FILE instead of the nearest file', () => {
    const root = fixture({ '.shipshape.yaml': `rules:\n  ${PRIVILEGED}: off\n`, 'ci/shipshape.yaml': `rules:\n  ${PRIVILEGED}: info\n`, 'pod.yaml': PRIVILEGED_POD });
    assert.deepEqual(severitiesOf(runJson(['--config', 'ci/shipshape.yaml'], root).findings), ['info']);
    assert.deepEqual(severitiesOf(runJson(['-c', 'ci/shipshape.yaml'], root).findings), ['info']);
  });

  it('--rule runs only the given rules, even one the configuration turns off', () => {
    const root = fixture({ '.shipshape.yaml': `rules:\n  ${PRIVILEGED}: off\n`, 'pod.yaml': PRIVILEGED_POD });
    const unrestricted = runJson([], root).findings;
    assert.ok(unrestricted.some((f) => f.rule !== PRIVILEGED), 'other rules report on this pod without --rule');
    const { findings } = runJson(['--rule', PRIVILEGED], root);
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [[PRIVILEGED, 'error']]);
    const both = runJson(['--rule', `${PRIVILEGED},k8s/run-as-non-root`], root).findings;
    assert.deepEqual([...new Set(both.map((f) => f.rule))].sort(), ['k8s/privileged-container', 'k8s/run-as-non-root']);
  });

  describe('problems in the configuration exit 2, one FILE: path: message line each', () => {
    const problem = (config: string) => {
      const root = fixture({ '.shipshape.yaml': config, 'pod.yaml': PRIVILEGED_POD });
      const r = runCli([], root);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '', 'nothing is linted with a broken configuration');
      return r.stderr;
    };

    it('an unknown key', () => {
      assert.equal(problem('colour: red\n'), '.shipshape.yaml: colour: Unknown setting "colour".\n');
    });

    it('an unknown rule id', () => {
      assert.equal(problem('rules:\n  k8s/no-such-rule: off\n  k8s/privileged-container: loud\n'), [
        '.shipshape.yaml: rules.k8s/no-such-rule: Unknown rule id "k8s/no-such-rule".',
        '.shipshape.yaml: rules.k8s/privileged-container: Severity of "k8s/privileged-container" must be off, error, warning, info or hint.',
        '',
      ].join('\n'));
    });

    it('a wrong type', () => {
      assert.equal(problem('exclude: 3\n'), '.shipshape.yaml: exclude: "exclude" must be a list of strings.\n');
    });

    it('invalid YAML', () => {
      assert.match(problem('rules: [unclosed\n'), /^\.shipshape\.yaml: \S.*\n$/);
    });

    it('a config file found upwards is named relative to the current directory', () => {
      const root = fixture({ '.shipshape.yaml': 'colour: red\n', 'k8s/pod.yaml': PRIVILEGED_POD });
      const r = runCli([], join(root, 'k8s'));
      assert.equal(r.status, 2);
      assert.equal(r.stderr, '../.shipshape.yaml: colour: Unknown setting "colour".\n');
    });

    it('a --config file that does not exist', () => {
      const r = runCli(['--config', 'missing.yaml'], fixture({}));
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^missing\.yaml: cannot read the config file \(ENOENT\)\n$/);
    });
  });
});
