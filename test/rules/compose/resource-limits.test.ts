import rule from '../../../rules/src/rules/compose/resource-limits.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    mem_limit: 256m\n    cpus: 0.5\n',
    'services:\n  web:\n    image: nginx\n    mem_limit: 256m\n    cpu_quota: 50000\n',
    'services:\n  web:\n    image: nginx\n    deploy:\n      resources:\n        limits:\n          memory: 256M\n          cpus: "0.5"\n',
    {
      name: 'inherited through <<: *defaults',
      code: 'x-defaults: &defaults\n  mem_limit: 1g\n  cpus: 2\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
    },
    {
      name: 'extends: the base service may set them',
      code: 'services:\n  web:\n    extends:\n      service: base\n  base:\n    image: nginx\n    mem_limit: 1g\n    cpus: 1\n',
    },
  ],
  invalid: [
    {
      name: 'neither: both placeholders are added to the service',
      code: 'services:\n  web:\n    image: nginx\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, message: 'Service "web" has no memory limit and no CPU limit', object: 'service/web' }],
      output: 'services:\n  web:\n    image: nginx\n    mem_limit: 512m\n    cpus: 1.0\n',
    },
    {
      name: 'only cpus missing, cpu_shares is a weight, not a limit',
      code: 'services:\n  web:\n    image: nginx\n    mem_limit: 1g\n    cpu_shares: 512\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, message: 'has no CPU limit:' }],
      output: 'services:\n  web:\n    image: nginx\n    mem_limit: 1g\n    cpu_shares: 512\n    cpus: 1.0\n',
    },
    {
      name: 'deploy.resources.limits exists: the placeholder goes there',
      code: 'services:\n  web:\n    image: nginx\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, message: 'has no memory limit:' }],
      output: 'services:\n  web:\n    image: nginx\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n          memory: 512m\n',
    },
  ],
});
