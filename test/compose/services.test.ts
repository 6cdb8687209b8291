// The Compose services model: which services there are, and where their settings are written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deployLimit, services, setting } from '../../rules/src/compose/services.js';
import { spanOf, stringValue } from '../../rules/src/yaml/nodes.js';
import { textAt, withContext } from './context.js';

const read = <T>(code: string, fn: Parameters<typeof withContext<T>>[3], fileName = 'compose.yaml') => withContext('compose', code, fileName, fn);

describe('services', () => {
  it('lists every service mapping with its key and label, skipping values that are not mappings', () => {
    const code = 'services:\n  web:\n    image: nginx\n  broken: 3\n  db: {image: postgres}\n';
    const list = read(code, (ctx) => services(ctx).map((s) => ({ name: s.name, label: s.label, key: textAt(code, spanOf(s.keyNode)), shared: s.shared, partial: s.partial })));
    assert.deepEqual(list, [
      { name: 'web', label: 'service/web', key: 'web', shared: false, partial: false },
      { name: 'db', label: 'service/db', key: 'db', shared: false, partial: false },
    ]);
  });

  it('marks a service that is an alias as shared', () => {
    const code = 'x-base: &base\n  image: nginx\nservices:\n  web: *base\n';
    assert.deepEqual(read(code, (ctx) => services(ctx).map((s) => [s.name, s.shared, stringValue(s.node.get('image', true))])), [['web', true, 'nginx']]);
  });

  it('marks services of override files and services with extends as partial', () => {
    const code = 'services:\n  web:\n    image: nginx\n  worker:\n    extends: web\n';
    assert.deepEqual(read(code, (ctx) => services(ctx).map((s) => [s.name, s.partial])), [['web', false], ['worker', true]]);
    assert.deepEqual(read(code, (ctx) => services(ctx).map((s) => s.partial), 'compose.override.yaml'), [true, true]);
    assert.deepEqual(read(code, (ctx) => services(ctx).map((s) => s.partial), 'docker-compose.prod.yml'), [false, true]);
  });

  it('is empty for a Compose file without services', () => {
    assert.deepEqual(read('name: demo\nvolumes:\n  data: {}\n', (ctx) => services(ctx)), []);
  });
});

describe('setting', () => {
  const code = [
    'x-defaults: &defaults',
    '  privileged: true',
    'x-deploy: &deploy',
    '  resources:',
    '    limits:',
    '      pids: 50',
    'services:',
    '  own:',
    '    image: a',
    '    pids_limit: 10',
    '    deploy:',
    '      resources:',
    '        limits: {pids: 20, memory: 1g}',
    '  merged:',
    '    image: b',
    '    <<: *defaults',
    '  aliased:',
    '    image: c',
    '    deploy: *deploy',
    '',
  ].join('\n');
  const byName = (name: string, path: string[]) =>
    read(code, (ctx) => {
      const s = setting(services(ctx).find((x) => x.name === name)!, path);
      return s && { at: textAt(code, spanOf(s.at)), value: stringValue(s.value), own: s.own };
    });

  it('finds a setting written in the service, at its own pair', () => {
    assert.deepEqual(byName('own', ['pids_limit']), { at: 'pids_limit: 10', value: '10', own: true });
    assert.deepEqual(byName('own', ['deploy', 'resources', 'limits', 'pids']), { at: 'pids: 20', value: '20', own: true });
  });

  it('reports a merged setting on the service\'s << line', () => {
    assert.deepEqual(byName('merged', ['privileged']), { at: '<<: *defaults', value: 'true', own: false });
  });

  it('reports a setting under an alias on the alias line', () => {
    assert.deepEqual(byName('aliased', ['deploy', 'resources', 'limits', 'pids']), { at: 'deploy: *deploy', value: '50', own: false });
  });

  it('is undefined when a step is missing or not a mapping', () => {
    assert.equal(byName('own', ['privileged']), undefined);
    assert.equal(byName('own', ['image', 'x']), undefined);
  });

  it('takes a single key as a string, and answers a repeated lookup alike', () => {
    const same = read(code, (ctx) => {
      const svc = services(ctx).find((x) => x.name === 'merged')!;
      return [setting(svc, 'privileged') === setting(svc, ['privileged']), setting(svc, 'privileged') !== undefined, setting(svc, 'pids_limit'), setting(svc, [])];
    });
    assert.deepEqual(same, [true, true, undefined, undefined]);
    // Missing steps below a key are remembered too, and answered the same the second time.
    const twice = read(code, (ctx) => {
      const svc = services(ctx).find((x) => x.name === 'own')!;
      return [0, 1].map(() => [setting(svc, ['deploy', 'resources', 'reservations']), stringValue(setting(svc, ['deploy', 'resources', 'limits', 'memory'])?.value)]);
    });
    assert.deepEqual(twice, [
      [undefined, '1g'],
      [undefined, '1g'],
    ]);
  });

  it('deployLimit reads deploy.resources.limits', () => {
    const memory = read(code, (ctx) => stringValue(deployLimit(services(ctx)[0], 'memory')?.value));
    assert.equal(memory, '1g');
  });
});
