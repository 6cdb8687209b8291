import assert from 'node:assert/strict';
import { it } from 'node:test';
import { applyEdits, lint } from '../../../rules/src/index.js';
import rule from '../../../rules/src/rules/compose/sensitive-host-mount.js';
import { describeFinding, runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - /etc/localtime:/etc/localtime:ro\n      - /srv/data:/data\n      - data:/etc\n',
    {
      name: 'relative, home and variable paths, and narrow subpaths of /dev and /sys',
      code: 'services:\n  web:\n    image: nginx\n    volumes:\n      - ./etc:/etc/app\n      - ~/root:/r\n      - ${ROOT}:/host\n      - /dev/snd:/dev/snd\n      - /sys/fs/cgroup:/sys/fs/cgroup:ro\n',
    },
  ],
  // A writable mount of a sensitive directory (an error) becomes a read-only one (a warning) after the
  // fix: the same rule still reports it, so those fixes are checked in the tests below this table.
  invalid: [
    {
      name: 'read-only mounts are warnings, with no fix',
      code: 'services:\n  exporter:\n    image: prom/node-exporter:v1.8.2\n    volumes:\n      - /proc:/host/proc:ro\n      - type: bind\n        source: /\n        target: /rootfs\n        read_only: true\n',
      errors: [
        { line: 5, column: 9, endLine: 5, endColumn: 14, severity: 'warning', message: 'Service "exporter" mounts the host\'s /proc read-only', object: 'service/exporter' },
        { line: 7, column: 17, endLine: 7, endColumn: 18, severity: 'warning', message: 'the host\'s / read-only' },
      ],
      output: null,
    },
    {
      name: 'inside /var/lib/docker, and a parent of it; a shared anchor is reported on the merge line without a fix',
      code: 'x-logs: &logs\n  volumes:\n    - /var:/host/var\nservices:\n  promtail:\n    image: grafana/promtail:3.0.0\n    <<: *logs\n  agent:\n    image: agent:1\n    volumes: ["/var/lib/docker/containers:/c:ro"]\n',
      errors: [
        { line: 7, column: 5, endLine: 7, endColumn: 14, severity: 'error', message: 'mounts the host\'s /var, which contains /var/lib/docker writable (inherited through a YAML anchor)' },
        { line: 10, column: 16, endLine: 10, endColumn: 42, severity: 'warning', message: 'the host\'s /var/lib/docker/containers read-only' },
      ],
      output: null,
    },
  ],
});

/** Lints, applies this rule's fixes, and returns the fixed text with this rule's findings before and after. */
function fix(code: string) {
  const run = (text: string) => lint(text, 'compose.yaml', { rules: [rule] });
  const before = run(code);
  const output = applyEdits(code, before.flatMap((f) => f.fix?.edits ?? []));
  return { before: before.map(describeFinding), severities: before.map((f) => f.severity), safe: before.map((f) => f.fix?.safe), output, after: run(output).map(describeFinding) };
}

it('compose/sensitive-host-mount: writable mounts are errors, and the fix makes them read-only (warnings)', () => {
  const code = 'services:\n  web:\n    image: nginx\n    volumes:\n      - /etc:/host/etc\n      - "/:/rootfs:rw,rslave"\n      - /root/.ssh:/keys:z\n      - type: bind\n        source: /usr\n        target: /host/usr\n      - type: bind\n        source: /boot\n        target: /host/boot\n        read_only: false\n';
  const r = fix(code);
  assert.deepEqual(r.before, [
    '5:9-5:13 compose/sensitive-host-mount Service "web" mounts the host\'s /etc writable: the container can change the host through it.',
    '6:10-6:11 compose/sensitive-host-mount Service "web" mounts the host\'s / writable: the container can change the host through it.',
    '7:9-7:19 compose/sensitive-host-mount Service "web" mounts the host\'s /root/.ssh writable: the container can change the host through it.',
    '9:17-9:21 compose/sensitive-host-mount Service "web" mounts the host\'s /usr writable: the container can change the host through it.',
    '12:17-12:22 compose/sensitive-host-mount Service "web" mounts the host\'s /boot writable: the container can change the host through it.',
  ]);
  assert.deepEqual(r.severities, ['error', 'error', 'error', 'error', 'error']);
  assert.deepEqual(r.safe, [false, false, false, false, false]);
  assert.equal(
    r.output,
    'services:\n  web:\n    image: nginx\n    volumes:\n      - /etc:/host/etc:ro\n      - "/:/rootfs:ro,rslave"\n      - /root/.ssh:/keys:z,ro\n      - type: bind\n        source: /usr\n        target: /host/usr\n        read_only: true\n      - type: bind\n        source: /boot\n        target: /host/boot\n        read_only: true\n',
  );
  assert.deepEqual(r.after, [
    '5:9-5:13 compose/sensitive-host-mount Service "web" mounts the host\'s /etc read-only: the container can read the host\'s secrets and configuration there.',
    '6:10-6:11 compose/sensitive-host-mount Service "web" mounts the host\'s / read-only: the container can read the host\'s secrets and configuration there.',
    '7:9-7:19 compose/sensitive-host-mount Service "web" mounts the host\'s /root/.ssh read-only: the container can read the host\'s secrets and configuration there.',
    '9:17-9:21 compose/sensitive-host-mount Service "web" mounts the host\'s /usr read-only: the container can read the host\'s secrets and configuration there.',
    '13:17-13:22 compose/sensitive-host-mount Service "web" mounts the host\'s /boot read-only: the container can read the host\'s secrets and configuration there.',
  ]);
});

it('compose/sensitive-host-mount: no fix where the mount text is not verbatim (escapes)', () => {
  const r = fix('services:\n  web:\n    image: nginx\n    volumes:\n      - "/e\\x74c:/host/etc"\n');
  assert.equal(r.before.length, 1);
  assert.deepEqual(r.safe, [undefined]);
});
