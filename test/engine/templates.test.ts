import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTemplated, maskTemplates, TEMPLATE_MARK } from '../../rules/src/documents/templates.js';
import { lint, parseFile } from '../../rules/src/index.js';

const CHART_TEMPLATE = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  '  labels:',
  '    {{- include "web.labels" . | nindent 4 }}',
  'spec:',
  '  {{- if .Values.hostNetwork }}',
  '  hostNetwork: true',
  '  {{- end }}',
  '  containers:',
  '    - name: web',
  '      image: {{ .Values.image }}',
  '      securityContext:',
  '        privileged: true',
  '',
].join('\n');

describe('Helm templates', () => {
  it('masks actions without moving any offset', () => {
    const masked = maskTemplates(CHART_TEMPLATE);
    assert.equal(masked.length, CHART_TEMPLATE.length);
    assert.deepEqual(masked.split('\n').map((l) => l.length), CHART_TEMPLATE.split('\n').map((l) => l.length));
    // Whole-line actions become blanks; an action inside a value becomes a same-length placeholder.
    assert.equal(masked.split('\n')[5].trim(), '');
    assert.equal(masked.split('\n')[7].trim(), '');
    assert.equal(masked.split('\n')[12], `      image: ${TEMPLATE_MARK.repeat('{{ .Values.image }}'.length)}`);
    // A multi-line action keeps its line breaks.
    assert.equal(maskTemplates('a: {{ x\n}}\n'), `a: ${TEMPLATE_MARK.repeat(4)}\n${TEMPLATE_MARK.repeat(2)}\n`);
  });

  it('a template that parses once masked is linted, and templated values are recognisable', () => {
    const file = parseFile(CHART_TEMPLATE, '/chart/templates/pod.yaml')!;
    assert.equal(file.templated, true);
    assert.equal(file.yamlError, undefined);
    const doc = file.yaml![0].doc;
    assert.equal(isTemplated(doc.getIn(['spec', 'containers', 0, 'image'], true)), true);
    assert.equal(isTemplated(doc.getIn(['metadata', 'name'], true)), false);

    const findings = lint(CHART_TEMPLATE, '/chart/templates/pod.yaml');
    const privileged = findings.find((f) => f.rule === 'k8s/privileged-container');
    assert.ok(privileged, 'the privileged container is still found');
    assert.equal(privileged.range.start.line, 14);
    // hostNetwork: true inside {{ if }} is linted too (the condition is unknown, the YAML is not).
    assert.ok(findings.some((f) => f.rule === 'k8s/host-namespaces'));
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('shipshape/')).map((f) => f.rule), []);
  });

  it('a template that does not parse even masked yields exactly one information note', () => {
    // A range loop writing keys and values: not YAML until rendered.
    const code = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n{{ range $k, $v := .Values.data }}  {{ $k }}: {{ $v | quote }}\n  - broken: [\n{{ end }}\n';
    const findings = lint(code, '/chart/templates/configmap.yaml');
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['shipshape/template-skipped', 'info']]);
    assert.equal(findings[0].range.start.line, 3);
    assert.match(findings[0].message, /not valid YAML even with its \{\{ … \}\} actions masked/);
  });

  it('a file under templates/ with a syntax error but no actions is skipped the same way', () => {
    const findings = lint('apiVersion: v1\nkind: Pod\nspec: [\n', '/chart/templates/pod.yaml');
    assert.deepEqual(findings.map((f) => f.rule), ['shipshape/template-skipped']);
  });

  it('reports no suppression in a skipped template as unused: no rule ran to use it', () => {
    const template = '# shipshape-ignore k8s/privileged\napiVersion: v1\nkind: Pod\nspec: [{{ .Values.x }}\n';
    assert.deepEqual(lint(template, '/chart/templates/pod.yaml').map((f) => f.rule), ['shipshape/template-skipped']);
    // The fuzzer's case: a Compose file whose only `{{ }}` is in the suppression comment.
    assert.deepEqual(lint('<<: [*a, *b]---\n# shipshape-ignore {{ end }}', 'compose.yaml'), []);
    // A file that was linted still reports one.
    assert.deepEqual(lint('# shipshape-ignore k8s/privileged\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n', '/chart/templates/pod.yaml').filter((f) => f.rule === 'shipshape/unused-suppression').length, 1);
  });

  it('other YAML with {{ }} (a CI workflow) is neither linted nor noted', () => {
    const workflow = 'on: push\njobs:\n  build:\n    runs-on: ${{ matrix.os }}\n    steps: [\n';
    assert.deepEqual(lint(workflow, '.github/workflows/ci.yaml'), []);
  });

  it('outside templates/, a plain syntax error is still a parse error', () => {
    assert.deepEqual(lint('apiVersion: v1\nkind: Pod\nspec: [\n', 'pod.yaml').map((f) => f.rule), ['shipshape/parse-error']);
  });
});
