import rule from '../../../rules/src/rules/compose/secret-in-environment.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db\n      POSTGRES_USER: app\n      LOG_LEVEL: debug\n',
    {
      name: 'values that only name a variable, values from the shell, empty values',
      code: 'services:\n  web:\n    image: app:1\n    environment:\n      - API_TOKEN=${API_TOKEN}\n      - DB_PASSWORD=$DB_PASSWORD\n      - SECRET_KEY=${SECRET_KEY:?set it in .env}\n      - GITHUB_TOKEN\n      - SESSION_SECRET=\n      - STRIPE_KEY=${STRIPE_KEY:-sk_test_placeholder}\n',
    },
    {
      name: 'map form with a null value, and build args from variables',
      code: 'services:\n  web:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: ${NPM_TOKEN}\n    environment:\n      REDIS_PASSWORD:\n',
    },
    {
      name: 'a URL whose password is a variable',
      code: 'services:\n  web:\n    image: app:1\n    environment:\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n',
    },
  ],
  invalid: [
    {
      name: 'a sensitive name with a literal value, map and list form; quoted values',
      code: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "s3cret"\n  web:\n    image: app:1\n    environment:\n      - "SECRET_KEY=dev-only"\n      - apiKey=12345\n',
      errors: [
        { line: 5, column: 7, endLine: 5, endColumn: 24, message: 'Service "db" sets environment POSTGRES_PASSWORD to a literal value: it is in every copy of this file', object: 'service/db' },
        { line: 9, column: 10, endLine: 9, endColumn: 20, message: 'sets environment SECRET_KEY', object: 'service/web' },
        { line: 10, column: 9, endLine: 10, endColumn: 15, message: 'sets environment apiKey' },
      ],
      output: null,
    },
    {
      name: 'a known secret format under any name, at the secret itself; a password in a URL',
      code: 'services:\n  web:\n    image: app:1\n    environment:\n      AWS_KEY_ID: AKIAIOSFODNN7EXAMPLE\n      DATABASE_URL: "postgres://app:hunter22@db:5432/app"\n',
      errors: [
        { line: 5, column: 19, endLine: 5, endColumn: 39, message: 'has an AWS access key id in environment AWS_KEY_ID' },
        { line: 6, column: 37, endLine: 6, endColumn: 45, message: 'has a password in a URL in environment DATABASE_URL' },
      ],
      output: null,
    },
    {
      name: 'build.args: saved in the image history',
      code: 'services:\n  web:\n    build:\n      context: .\n      args:\n        - NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789\n',
      errors: [{ line: 6, column: 11, endLine: 6, endColumn: 20, message: 'sets build.args NPM_TOKEN to a literal value: it is saved in the image history' }],
      output: null,
    },
    {
      name: 'inherited through an anchor merged into environment: reported on the service\'s environment key',
      code: 'x-env: &env\n  JWT_SECRET: changeme\nservices:\n  web:\n    image: app:1\n    environment:\n      <<: *env\n      PORT: 8080\n',
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 16, message: 'JWT_SECRET to a literal value (inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
