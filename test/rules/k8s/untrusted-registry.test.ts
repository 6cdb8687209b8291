import rule from '../../../rules/src/rules/k8s/untrusted-registry.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n${containers}`;

runRuleTests(rule, {
  valid: [
    { name: 'a trusted host', code: pod('    - {name: app, image: ghcr.io/acme/api:1}\n'), config: { trustedRegistries: ['ghcr.io'] } },
    { name: 'Docker Hub images, written without a host, are docker.io', code: pod('    - {name: a, image: nginx:1.27}\n    - {name: b, image: index.docker.io/library/redis:7}\n'), config: { trustedRegistries: ['docker.io'] } },
    { name: 'a host with a path prefix; official images are under library/', code: pod('    - {name: a, image: ghcr.io/acme/api:1}\n    - {name: b, image: nginx:1.27}\n'), config: { trustedRegistries: ['ghcr.io/acme/', 'docker.io/library'] } },
    { name: 'a wildcard host', code: pod('    - {name: a, image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1}\n'), config: { trustedRegistries: ['*.dkr.ecr.eu-west-1.amazonaws.com'] } },
  ],
  invalid: [
    {
      name: 'turned on with no trusted registries configured: nothing is trusted yet',
      code: pod('    - {name: app, image: evil.example.com/miner:1}\n'),
      errors: [{ message: 'pulls "evil.example.com/miner:1" from evil.example.com and no trustedRegistries are configured', line: 7, column: 26, endLine: 7, endColumn: 50 }],
      output: null,
    },
    {
      name: 'Docker Hub when only a private registry is trusted',
      code: pod('    - name: app\n      image: nginx:1.27\n'),
      config: { trustedRegistries: ['registry.acme.internal'] },
      errors: [{ message: 'Container "app" pulls "nginx:1.27" from docker.io, which is not in trustedRegistries', line: 8, column: 14, endLine: 8, endColumn: 24, object: 'Pod/web container/app', severity: 'warning' }],
      output: null,
    },
    {
      name: 'a path prefix does not trust a sibling organisation or a look-alike name',
      code: pod('    - {name: a, image: ghcr.io/acme-evil/api:1}\n    - {name: b, image: ghcr.io/acme/api:1}\n    - {name: c, image: notghcr.io/acme/api:1}\n'),
      config: { trustedRegistries: ['ghcr.io/acme'] },
      errors: [
        { message: 'from ghcr.io', line: 7, column: 24, endLine: 7, endColumn: 47 },
        { message: 'from notghcr.io', line: 9, column: 24, endLine: 9, endColumn: 45 },
      ],
      output: null,
    },
  ],
});
