import rule from '../../../rules/src/rules/k8s/secret-in-env.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (env: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: app\n      env:\n${env}`;

runRuleTests(rule, {
  valid: [
    { name: 'a secretKeyRef', code: pod('        - name: DB_PASSWORD\n          valueFrom: {secretKeyRef: {name: db, key: password}}\n') },
    { name: 'an ordinary variable', code: pod('        - {name: LOG_LEVEL, value: debug}\n') },
    { name: 'a sensitive name whose value is a reference, empty, a number or a boolean', code: pod('        - {name: API_KEY, value: "$(VAULT_API_KEY)"}\n        - {name: PASSWORD, value: ""}\n        - {name: TOKEN_TTL, value: "3600"}\n        - {name: AUTH, value: "true"}\n') },
    { name: 'names that refer to a secret without holding it', code: pod('        - {name: PASSWORD_FILE, value: /run/secrets/db}\n        - {name: TOKENIZER, value: bert}\n') },
  ],
  invalid: [
    {
      name: 'a literal under a sensitive name',
      code: pod('        - name: DB_PASSWORD\n          value: hunter2\n'),
      errors: [{ message: 'Container "app" sets variable DB_PASSWORD to a literal secret', line: 10, column: 18, endLine: 10, endColumn: 25, object: 'Pod/api container/app', severity: 'error' }],
      output: null,
    },
    {
      name: 'a secret format under any name is reported at the secret itself',
      code: pod('        - name: DATABASE_URL\n          value: "postgres://app:Zx81qPw@db:5432/shop"\n        - {name: GH, value: ghp_abcdefghijklmnopqrstuvwxyz0123456789}\n'),
      errors: [
        { message: 'sets variable DATABASE_URL to a password in a URL', line: 10, column: 34, endLine: 10, endColumn: 41 },
        { message: 'a GitHub token', line: 11, column: 29, endLine: 11, endColumn: 69 },
      ],
      output: null,
    },
  ],
});
