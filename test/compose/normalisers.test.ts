// The Compose normalisers: environment, ports and volumes in their short and long forms, with
// the exact text each field's span covers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceBuildArgs, serviceEnvironment } from '../../rules/src/compose/environment.js';
import { parsePortRange, servicePorts } from '../../rules/src/compose/ports.js';
import { services } from '../../rules/src/compose/services.js';
import { isHostPath, serviceVolumes } from '../../rules/src/compose/volumes.js';
import type { Part } from '../../rules/src/compose/scalar-parts.js';
import { textAt, withContext } from './context.js';

function forService<T>(code: string, fn: (svc: ReturnType<typeof services>[number], source: string) => T): T {
  return withContext('compose', code, 'compose.yaml', (ctx) => fn(services(ctx)[0], ctx.text));
}

/** A part as `text@covered-source`, so a test shows both the value and where it points. */
function show(code: string, part: Part | undefined): string | undefined {
  return part && `${part.text}@${textAt(code, part.span)}`;
}

describe('environment', () => {
  it('reads the list form: KEY=value, KEY alone, quoted items, values containing =', () => {
    const code = 'services:\n  web:\n    image: a\n    environment:\n      - DEBUG=1\n      - HOME\n      - "TOKEN=a=b"\n      - EMPTY=\n';
    const env = forService(code, (svc, src) => serviceEnvironment(svc, src).map((e) => [e.name, e.value, textAt(code, e.nameSpan), textAt(code, e.valueSpan), e.form, e.shared]));
    assert.deepEqual(env, [
      ['DEBUG', '1', 'DEBUG', '1', 'list', false],
      ['HOME', undefined, 'HOME', undefined, 'list', false],
      ['TOKEN', 'a=b', 'TOKEN', 'a=b', 'list', false],
      ['EMPTY', '', 'EMPTY', '', 'list', false],
    ]);
  });

  it('reads the map form, with null values, numbers and merged entries marked shared', () => {
    const code = 'x-env: &env\n  LOG: info\nservices:\n  web:\n    image: a\n    environment:\n      <<: *env\n      PORT: 8080\n      PASSWORD: "s3cret"\n      UNSET:\n';
    const env = forService(code, (svc, src) => serviceEnvironment(svc, src).map((e) => [e.name, e.value, textAt(code, e.nameSpan), textAt(code, e.valueSpan), e.shared]));
    assert.deepEqual(env, [
      ['PORT', '8080', 'PORT', '8080', false],
      ['PASSWORD', 's3cret', 'PASSWORD', '"s3cret"', false],
      ['UNSET', undefined, 'UNSET', undefined, false],
      ['LOG', 'info', 'LOG', 'info', true],
    ]);
  });

  it('falls back to the whole item when the source is not verbatim (escapes)', () => {
    const code = 'services:\n  web:\n    image: a\n    environment:\n      - "A=\\u0041"\n';
    const env = forService(code, (svc, src) => serviceEnvironment(svc, src).map((e) => [e.name, e.value, textAt(code, e.nameSpan)]));
    assert.deepEqual(env, [['A', 'A', '"A=\\u0041"']]);
  });

  it('reads build.args in both forms, and nothing when absent', () => {
    const code = 'services:\n  web:\n    build:\n      context: .\n      args:\n        - VERSION=1\n';
    assert.deepEqual(forService(code, (svc, src) => serviceBuildArgs(svc, src).map((e) => [e.name, e.value])), [['VERSION', '1']]);
    assert.deepEqual(forService(code, (svc, src) => serviceEnvironment(svc, src)), []);
  });

  it('marks entries of an aliased list as shared', () => {
    const code = 'x-env: &env\n  - A=1\nservices:\n  web:\n    image: a\n    environment: *env\n';
    assert.deepEqual(forService(code, (svc, src) => serviceEnvironment(svc, src).map((e) => [e.name, e.shared])), [['A', true]]);
  });
});

describe('ports', () => {
  const code = [
    'services:',
    '  web:',
    '    image: a',
    '    ports:',
    '      - 80',
    '      - "3000-3005"',
    '      - "8080:80"',
    '      - 127.0.0.1:8001:8001/udp',
    '      - "127.0.0.1::5000"',
    '      - "[::1]:6001:6001"',
    '      - "::1:6000:6000"',
    '      - target: 443',
    '        published: "8443"',
    '        host_ip: 0.0.0.0',
    '        protocol: tcp',
    '      - target: 9000',
    '',
  ].join('\n');
  const ports = forService(code, (svc, src) =>
    servicePorts(svc, src).map((p) => ({ form: p.form, hostIp: show(code, p.hostIp), published: show(code, p.published), target: show(code, p.target), protocol: show(code, p.protocol), range: p.published?.range ?? p.target?.range })),
  );

  it('reads a bare container port (a number) and a range', () => {
    assert.deepEqual(ports[0], { form: 'short', hostIp: undefined, published: undefined, target: '80@80', protocol: undefined, range: { from: 80, to: 80 } });
    assert.deepEqual(ports[1], { form: 'short', hostIp: undefined, published: undefined, target: '3000-3005@3000-3005', protocol: undefined, range: { from: 3000, to: 3005 } });
  });

  it('reads host:container, host IPs, protocols and an empty host port', () => {
    assert.deepEqual(ports[2], { form: 'short', hostIp: undefined, published: '8080@8080', target: '80@80', protocol: undefined, range: { from: 8080, to: 8080 } });
    assert.deepEqual(ports[3], { form: 'short', hostIp: '127.0.0.1@127.0.0.1', published: '8001@8001', target: '8001@8001', protocol: 'udp@udp', range: { from: 8001, to: 8001 } });
    assert.deepEqual(ports[4], { form: 'short', hostIp: '127.0.0.1@127.0.0.1', published: undefined, target: '5000@5000', protocol: undefined, range: { from: 5000, to: 5000 } });
  });

  it('reads IPv6 host IPs with and without brackets', () => {
    assert.equal(ports[5].hostIp, '::1@::1');
    assert.equal(ports[5].published, '6001@6001');
    assert.equal(ports[6].hostIp, '::1@::1');
    assert.equal(ports[6].published, '6000@6000');
  });

  it('reads the long form, each field at its value', () => {
    assert.deepEqual(ports[7], { form: 'long', hostIp: '0.0.0.0@0.0.0.0', published: '8443@"8443"', target: '443@443', protocol: 'tcp@tcp', range: { from: 8443, to: 8443 } });
    assert.deepEqual(ports[8], { form: 'long', hostIp: undefined, published: undefined, target: '9000@9000', protocol: undefined, range: { from: 9000, to: 9000 } });
  });

  it('parses only literal ports and ranges', () => {
    assert.deepEqual(parsePortRange('22'), { from: 22, to: 22 });
    assert.equal(parsePortRange('${PORT}'), undefined);
    assert.equal(parsePortRange('9000-8000'), undefined);
    assert.equal(parsePortRange('70000'), undefined);
  });
});

describe('volumes', () => {
  const code = [
    'services:',
    '  web:',
    '    image: a',
    '    volumes:',
    '      - /var/run/docker.sock:/var/run/docker.sock:ro',
    '      - data:/data',
    '      - /cache',
    '      - ./src:/app:rw,rshared',
    '      - "C:\\\\data:/data"',
    '      - ~/x:/x:z',
    '      - type: bind',
    '        source: /etc',
    '        target: /host/etc',
    '        read_only: true',
    '        bind:',
    '          propagation: shared',
    '      - type: tmpfs',
    '        target: /tmp',
    '      - source: logs',
    '        target: /logs',
    '',
  ].join('\n');
  const mounts = forService(code, (svc, src) =>
    serviceVolumes(svc, src).map((v) => ({ form: v.form, type: v.type, source: show(code, v.source), target: show(code, v.target), mode: show(code, v.mode), readOnly: v.readOnly, propagation: show(code, v.propagation) })),
  );

  it('reads bind mounts, named and anonymous volumes in the short form', () => {
    assert.deepEqual(mounts[0], { form: 'short', type: 'bind', source: '/var/run/docker.sock@/var/run/docker.sock', target: '/var/run/docker.sock@/var/run/docker.sock', mode: 'ro@ro', readOnly: true, propagation: undefined });
    assert.deepEqual(mounts[1], { form: 'short', type: 'volume', source: 'data@data', target: '/data@/data', mode: undefined, readOnly: false, propagation: undefined });
    assert.deepEqual(mounts[2], { form: 'short', type: 'volume', source: undefined, target: '/cache@/cache', mode: undefined, readOnly: false, propagation: undefined });
  });

  it('reads mode options, propagation, Windows drives and home paths', () => {
    assert.deepEqual(mounts[3], { form: 'short', type: 'bind', source: './src@./src', target: '/app@/app', mode: 'rw,rshared@rw,rshared', readOnly: false, propagation: 'rshared@rshared' });
    // The escaped backslash makes the source differ from the text: parts fall back to the whole item.
    assert.equal(mounts[4].type, 'bind');
    assert.equal(mounts[4].source, 'C:\\data@"C:\\\\data:/data"');
    assert.equal(mounts[4].target, '/data@"C:\\\\data:/data"');
    assert.deepEqual([mounts[5].type, mounts[5].mode], ['bind', 'z@z']);
  });

  it('reads the long form', () => {
    assert.deepEqual(mounts[6], { form: 'long', type: 'bind', source: '/etc@/etc', target: '/host/etc@/host/etc', mode: undefined, readOnly: true, propagation: 'shared@shared' });
    assert.deepEqual(mounts[7], { form: 'long', type: 'tmpfs', source: undefined, target: '/tmp@/tmp', mode: undefined, readOnly: false, propagation: undefined });
    assert.equal(mounts[8].type, 'volume');
  });

  it('tells host paths from volume names', () => {
    assert.deepEqual(['/etc', './x', '~/x', '${HOME}/x', 'C:/x', 'data', 'my-volume'].map(isHostPath), [true, true, true, true, true, false, false]);
  });
});
