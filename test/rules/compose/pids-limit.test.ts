import rule from '../../../rules/src/rules/compose/pids-limit.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    pids_limit: 100\n',
    'services:\n  web:\n    image: nginx\n    deploy:\n      resources:\n        limits:\n          pids: 100\n',
    {
      name: 'inherited through <<: *defaults',
      code: 'x-defaults: &defaults\n  pids_limit: 200\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
    },
    {
      name: 'an override file: the base file may set it',
      fileName: 'compose.override.yaml',
      code: 'services:\n  web:\n    ports:\n      - "8080:80"\n',
    },
    {
      name: 'extends: the base service may set it',
      code: 'services:\n  web:\n    extends:\n      file: common.yaml\n      service: base\n    image: nginx\n',
    },
    {
      name: 'a YAML file with services: that is not Compose',
      fileName: 'values.yaml',
      code: 'services:\n  web:\n    enabled: true\n    replicas: 2\n',
    },
  ],
  invalid: [
    {
      name: 'missing: anchored on the service key, added as its last entry',
      code: 'services:\n  web:\n    image: nginx\n    restart: always\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, message: 'Service "web" has no PIDs limit', object: 'service/web' }],
      output: 'services:\n  web:\n    image: nginx\n    restart: always\n    pids_limit: 200\n',
    },
    {
      name: 'docker-compose.yml, four spaces: -1 and deploy.resources.limits.pids 0 are set to 200',
      fileName: 'docker-compose.yml',
      code: 'services:\n    api:\n        image: api\n        pids_limit: -1\n    db:\n        image: postgres\n        deploy:\n            resources:\n                limits:\n                    memory: 1g\n                    pids: 0\n',
      errors: [
        { line: 4, column: 9, endLine: 4, endColumn: 23, message: 'sets pids_limit: -1', object: 'service/api' },
        { line: 11, column: 21, endLine: 11, endColumn: 28, message: 'sets deploy.resources.limits.pids: 0', object: 'service/db' },
      ],
      output: 'services:\n    api:\n        image: api\n        pids_limit: 200\n    db:\n        image: postgres\n        deploy:\n            resources:\n                limits:\n                    memory: 1g\n                    pids: 200\n',
    },
    {
      name: 'an unlimited value from an anchor is overridden in the service',
      code: 'x-defaults: &defaults\n  pids_limit: -1\nservices:\n  web:\n    image: nginx\n    <<: *defaults\n',
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 18, message: 'inherited through a YAML anchor' }],
      output: 'x-defaults: &defaults\n  pids_limit: -1\nservices:\n  web:\n    image: nginx\n    <<: *defaults\n    pids_limit: 200\n',
    },
    {
      name: 'deploy shared through an alias: reported on the alias line, no fix (Compose rejects a differing pids_limit)',
      code: 'x-deploy: &deploy\n  resources:\n    limits:\n      pids: -1\nservices:\n  web:\n    image: nginx\n    deploy: *deploy\n',
      errors: [{ line: 8, column: 5, endLine: 8, endColumn: 20 }],
      output: null,
    },
    {
      name: 'flow mapping',
      code: 'services:\n  web: {image: nginx}\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: 'services:\n  web: {image: nginx, pids_limit: 200}\n',
    },
    {
      name: 'CRLF line breaks are kept',
      code: 'services:\r\n  web:\r\n    image: nginx\r\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: 'services:\r\n  web:\r\n    image: nginx\r\n    pids_limit: 200\r\n',
    },
    {
      name: 'the whole service is an alias: no fix',
      code: 'x-base: &base\n  image: nginx\nservices:\n  web: *base\n',
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 6 }],
      output: null,
    },
  ],
});
