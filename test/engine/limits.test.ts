// The engine's limits: huge files, alias bombs, deep nesting and binary input each end in a finding
// or nothing (never an exception or a hang), and the engine keeps working afterwards.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig, validateConfig, KNOWN_RULE_IDS, type Finding } from '../../rules/src/index.js';
import { DEFAULT_MAX_FILE_SIZE, formatBytes, utf8SizeOver } from '../../rules/src/limits.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: a\n    image: nginx:1.27\n    securityContext: {privileged: true}\n';

function aliasBomb(levels: number): string {
  let text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: bomb}\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < levels; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  return `${text}spec:\n  containers: *a${levels - 1}\n  volumes: *a${levels - 1}\n`;
}

/** A finding or nothing, every span inside the text, no rule crashed. */
function assertHandled(findings: Finding[], text: string): void {
  assert.deepEqual(findings.filter((f) => f.rule === 'shipshape/internal-error').map((f) => f.message), []);
  for (const f of findings) assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.rule} span outside the text`);
}

/** The engine still lints an ordinary file correctly. */
function assertStillWorks(): void {
  assert.ok(lint(POD, 'pod.yaml').some((f) => f.rule === 'k8s/privileged-container'));
}

describe('limits: file size', () => {
  it('a 10 MB file is not parsed: one shipshape/file-too-large note with its size and the limit', () => {
    const text = POD.replace('metadata: {name: a}', `metadata: {name: a, annotations: {x: "${'y'.repeat(10_000_000)}"}}`);
    const findings = lint(text, 'pod.yaml');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].rule, 'shipshape/file-too-large');
    assert.equal(findings[0].severity, 'info');
    assert.match(findings[0].message, /9\.5 MiB, more than the 4 MiB limit/);
    assert.deepEqual(findings[0].span, { start: 0, end: 0 });
    assertStillWorks();
  });

  it('counts UTF-8 bytes, not characters, and honours maxFileSize from the config', () => {
    const text = `# ${'é'.repeat(600)}\n${POD}`; // 1,200 bytes of accents in 600 characters
    const config = mergeConfig({ maxFileSize: 1000 });
    assert.deepEqual(lint(text, 'pod.yaml', { config }).map((f) => f.rule), ['shipshape/file-too-large']);
    assert.ok(lint(text, 'pod.yaml', { config: mergeConfig({ maxFileSize: 2000 }) }).some((f) => f.rule === 'k8s/privileged-container'));
    assert.equal(utf8SizeOver('😀'.repeat(10), 39), 40);
    assert.equal(utf8SizeOver('😀'.repeat(10), 40), null);
  });

  it('the note can be turned off, and files of unknown kinds get nothing', () => {
    const text = 'x'.repeat(DEFAULT_MAX_FILE_SIZE + 1);
    assert.deepEqual(lint(text, 'pod.yaml', { config: mergeConfig({ rules: { 'shipshape/file-too-large': 'off' } }) }), []);
    assert.deepEqual(lint(text, 'notes.txt'), []);
    assert.equal(lint(text, 'Dockerfile')[0].rule, 'shipshape/file-too-large');
  });

  it('maxFileSize is validated', () => {
    assert.deepEqual(validateConfig({ maxFileSize: 1024 }, KNOWN_RULE_IDS), { config: { maxFileSize: 1024 }, problems: [] });
    for (const bad of [0, -1, 1.5, '4MB']) assert.equal(validateConfig({ maxFileSize: bad }, KNOWN_RULE_IDS).problems[0]?.path, 'maxFileSize');
    assert.equal(formatBytes(4 * 1024 * 1024), '4 MiB');
    assert.equal(formatBytes(1536), '1.5 KiB');
  });
});

describe('limits: YAML aliases', () => {
  it('a billion-laughs file (10^30 nodes once expanded) is linted without expanding it', () => {
    const text = aliasBomb(30);
    assertHandled(lint(text, 'pod.yaml'), text);
    assertHandled(lint(text.replace('apiVersion: v1\nkind: Pod\n', 'services:\n  web:\n    image: x\n    <<: *a29\n'), 'compose.yaml'), text);
    assertStillWorks();
  });

  it('many aliases to one anchor: every container is judged through the alias (linear, not per-alias document walks)', () => {
    const n = 2000;
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nx: &sc {privileged: true}\nspec:\n  containers:\n' +
      Array.from({ length: n }, (_, i) => `  - name: c${i}\n    image: nginx:1.27\n    securityContext: *sc\n`).join('');
    const findings = lint(text, 'pod.yaml');
    assertHandled(findings, text);
    assert.equal(findings.filter((f) => f.rule === 'k8s/privileged-container').length, n);
  });
});

describe('limits: deep nesting', () => {
  const depth = 10_000;
  const cases: [string, string, string][] = [
    ['YAML flow sequences', `apiVersion: v1\nkind: Pod\nspec: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, 'pod.yaml'],
    ['YAML flow mappings', `services:\n  web:\n    image: x\n    deploy: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`, 'compose.yaml'],
    ['YAML block mappings', `apiVersion: v1\nkind: Pod\nspec:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`, 'pod.yaml'],
    ['JSON arrays', `${'['.repeat(depth)}${']'.repeat(depth)}`, 'daemon.json'],
    ['JSON objects', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, 'daemon.json'],
    ['Dockerfile $( in RUN', `FROM alpine:3.20\nRUN ${'$('.repeat(depth)}x${')'.repeat(depth)}\n`, 'Dockerfile'],
    ['Dockerfile ${ in ARG', `FROM alpine:3.20\nARG A=${'${A:-'.repeat(depth)}x${'}'.repeat(depth)}\nRUN echo $A\n`, 'Dockerfile'],
  ];
  for (const [name, text, fileName] of cases) {
    it(`${depth}-deep ${name}: handled, and the engine still works afterwards`, () => {
      assertHandled(lint(text, fileName), text);
      assertStillWorks();
    });
  }

  it('a parser that runs out of stack yields one shipshape/too-complex note', () => {
    const text = '['.repeat(depth) + ']'.repeat(depth);
    const findings = lint(text, 'daemon.json');
    assert.deepEqual(findings.map((f) => f.rule), ['shipshape/too-complex']);
    assert.match(findings[0].message, /nests too deeply for the parser/);
  });
});

describe('limits: unusual text', () => {
  const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 2654435761) >>> 24));
  const inputs: Record<string, string> = {
    'binary with NUL bytes': bytes.join(''),
    'invalid UTF-8 decoded to replacement characters': `apiVersion: v1\nkind: Pod\nmetadata: {name: "\uFFFD\uFFFD"}\nspec: {containers: [{name: "\uFFFD", image: "\uFFFD"}]}\n`,
    'lone surrogates': 'apiVersion: v1\nkind: Pod\nmetadata: {name: "\uD800x\uDFFF"}\n',
    'mixed line endings': 'apiVersion: v1\r\nkind: Pod\nspec:\r  containers:\r\n  - name: a\n',
    'a 1 MB line': `apiVersion: v1\nkind: Pod\nmetadata: {name: ${'n'.repeat(1_000_000)}}\n`,
    'comment-only documents': '# a\n---\n# b\n...\n',
    empty: '',
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`${name}: handled in every syntax`, () => {
      for (const fileName of ['pod.yaml', 'compose.yaml', 'Dockerfile', 'daemon.json']) assertHandled(lint(text, fileName), text);
      assertStillWorks();
    });
  }

  it('a byte-order mark is not content: findings sit where they would without it, one character later', () => {
    const pairs: [string, string][] = [[POD, 'pod.yaml'], ['FROM alpine:3.20\nUSER root\n', 'Dockerfile'], ['{"icc": true}', 'daemon.json']];
    for (const [text, fileName] of pairs) {
      const plain = lint(text, fileName).map((f) => `${f.rule}@${f.span.start}-${f.span.end}`);
      const bom = lint(`\uFEFF${text}`, fileName).map((f) => `${f.rule}@${f.span.start - 1}-${f.span.end - 1}`);
      assert.ok(plain.length > 0);
      assert.deepEqual(bom, plain, fileName);
    }
  });
});
