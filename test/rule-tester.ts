// A RuleTester in the spirit of ESLint's: tables of valid and invalid snippets, exact ranges
// (1-based, as people read them), exact fix output. It refuses tests that cannot fail, and checks
// that every fix leaves a parseable file, removes its own finding and adds no other.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, lint, mergeConfig, parseFile, RULES, type Config, type Finding, type Rule, type WorkspaceIndex } from '../rules/src/index.js';

export interface CaseOptions {
  code: string;
  /** Defaults by rule kind: Dockerfile, compose.yaml, daemon.json, manifest.yaml, kubeconfig.yaml. */
  fileName?: string;
  config?: Partial<Config>;
  now?: Date;
  workspace?: WorkspaceIndex;
  name?: string;
}

export interface ExpectedError {
  /** A fragment the message must contain, or a pattern it must match. */
  message?: string | RegExp;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: Finding['severity'];
  object?: string | null;
}

export interface InvalidCase extends CaseOptions {
  errors: ExpectedError[];
  /** Text after applying every offered fix of this rule; null when no fix is offered. */
  output: string | null;
}

export interface RuleTests {
  valid: (string | CaseOptions)[];
  invalid: InvalidCase[];
}

const DEFAULT_FILE: Record<Rule['appliesTo'], string> = {
  dockerfile: 'Dockerfile',
  compose: 'compose.yaml',
  daemon: 'daemon.json',
  k8s: 'manifest.yaml',
  kubeconfig: 'kubeconfig.yaml',
};

function lintCase(rule: Rule, c: CaseOptions, allRules: boolean): Finding[] {
  const fileName = c.fileName ?? DEFAULT_FILE[rule.appliesTo];
  // The rule under test always runs, even when it is off by default or off for the profile.
  const config = mergeConfig(c.config, allRules ? { rules: { ...c.config?.rules, [rule.id]: rule.severity === 'off' ? (rule.severityWhenOn ?? 'warning') : rule.severity } } : { only: [rule.id] });
  return lint(c.code, fileName, { config, now: c.now, workspace: c.workspace, rules: allRules ? undefined : [rule] });
}

function key(f: Finding): string {
  return `${f.rule} ${f.object ?? ''} ${f.message}`;
}

function parseErrors(code: string, fileName: string): string[] {
  const file = parseFile(code, fileName);
  if (!file) return [];
  if (file.yamlError) return [file.yamlError.message];
  if (file.json) return file.json.errors.map((e) => `JSON error ${e.error} at ${e.offset}`);
  return [];
}

/** Applies every fix in one pass, skipping ones that overlap an earlier fix (ESLint's behaviour). */
export function applyFixes(code: string, findings: Finding[]): string {
  const edits: { start: number; end: number; text: string }[] = [];
  let lastEnd = -1;
  const fixes = findings.filter((f) => f.fix).map((f) => f.fix!);
  fixes.sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  for (const fix of fixes) {
    const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
    // Like ESLint: a fix that overlaps or touches an applied one waits (identical inserts would double).
    if (sorted[0].start <= lastEnd) continue;
    edits.push(...sorted);
    lastEnd = Math.max(...sorted.map((e) => e.end));
  }
  return applyEdits(code, edits);
}

export function runRuleTests(rule: Rule, tests: RuleTests): void {
  describe(rule.id, () => {
    assert.ok(RULES.includes(rule), `${rule.id} is not registered: run node scripts/gen-rule-index.mjs`);
    assert.ok(tests.valid.length > 0, `${rule.id}: a rule needs at least one valid case`);
    assert.ok(tests.invalid.length > 0, `${rule.id}: a rule needs at least one invalid case`);

    tests.valid.forEach((v, i) => {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const found = lintCase(rule, c, false).filter((f) => f.rule === rule.id);
        assert.deepEqual(found.map(describeFinding), [], 'expected no findings');
      });
    });

    tests.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        assert.ok(c.errors.length > 0, 'an invalid case must expect at least one error (a test that cannot fail is refused)');
        assert.ok('output' in c, 'an invalid case must state its fix output (null when no fix is offered)');
        const fileName = c.fileName ?? DEFAULT_FILE[rule.appliesTo];
        const found = lintCase(rule, c, false).filter((f) => f.rule === rule.id);
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${found.map(describeFinding).join('\n')}`);
        found.forEach((f, j) => {
          const e = c.errors[j];
          const actual = { line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 };
          assert.deepEqual(actual, { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn }, `range of finding ${j + 1}: ${f.message}`);
          if (typeof e.message === 'string') assert.ok(f.message.includes(e.message), `message "${f.message}" lacks "${e.message}"`);
          else if (e.message) assert.match(f.message, e.message);
          if (e.severity) assert.equal(f.severity, e.severity);
          if (e.object !== undefined) assert.equal(f.object, e.object);
          if (rule.fix === 'none') assert.equal(f.fix, null, `${rule.id} has no fix in the catalog but offered one`);
          if (f.fix) assert.equal(f.fix.safe, rule.fix === 'safe', 'fix safety must match the catalog');
        });

        const fixable = found.filter((f) => f.fix);
        if (c.output === null) {
          assert.equal(fixable.length, 0, 'output: null, but a fix was offered');
          return;
        }
        assert.ok(fixable.length > 0, 'an output was given but no fix was offered');
        const output = applyFixes(c.code, fixable);
        assert.equal(output, c.output);

        // The fix must leave a file that parses (if the input did), remove its finding, and add none.
        if (parseErrors(c.code, fileName).length === 0) assert.deepEqual(parseErrors(output, fileName), [], 'the fixed file does not parse');
        const before = lintCase(rule, c, true);
        const after = lintCase(rule, { ...c, code: output }, true);
        const counts = new Map<string, number>();
        for (const f of before) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
        for (const f of after) {
          const n = counts.get(key(f)) ?? 0;
          assert.ok(n > 0, `the fix added a finding: ${describeFinding(f)}`);
          counts.set(key(f), n - 1);
        }
        const left = after.filter((f) => f.rule === rule.id).length;
        assert.ok(left < before.filter((f) => f.rule === rule.id).length, `the fix did not remove its finding:\n${output}`);
      });
    });
  });
}

export function describeFinding(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.rule} ${f.message}`;
}
