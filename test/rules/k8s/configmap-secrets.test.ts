import rule from '../../../rules/src/rules/k8s/configmap-secrets.js';
import { runRuleTests } from '../../rule-tester.js';

const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n${data}`;

runRuleTests(rule, {
  valid: [
    { name: 'ordinary settings', code: cm('data:\n  LOG_LEVEL: info\n  PASSWORD_FILE: /run/secrets/db\n  TOKEN_TTL: "3600"\n') },
    { name: 'an embedded config that reads its secrets from the environment', code: cm('data:\n  app.properties: |\n    db.user=shop\n    db.password=${DB_PASSWORD}\n    auth.enabled=true\n    token.ttl = 30m\n') },
    { name: 'a Secret is not a ConfigMap', code: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {PASSWORD: hunter2}\n' },
    { name: 'empty values', code: cm('data:\n  PASSWORD: ""\n  TOKEN:\n') },
  ],
  invalid: [
    {
      name: 'a sensitive key with a value',
      code: cm('data:\n  DB_PASSWORD: s3cr3t\n'),
      errors: [{ message: 'Key "DB_PASSWORD" of ConfigMap/app holds a secret value', line: 6, column: 16, endLine: 6, endColumn: 22, object: 'ConfigMap/app', severity: 'warning' }],
      output: null,
    },
    {
      name: 'secrets inside a literal block: reported at the exact place',
      code: cm('data:\n  application.yaml: |\n    spring:\n      datasource:\n        url: jdbc:postgresql://db/shop\n        password: "Tr0ub4dor&3"\n  tls.key: |\n    -----BEGIN RSA PRIVATE KEY-----\n    MIIEow\n    -----END RSA PRIVATE KEY-----\n'),
      errors: [
        { message: 'Key "application.yaml" of ConfigMap/app contains a value for "password"', line: 10, column: 20, endLine: 10, endColumn: 31 },
        { message: 'Key "tls.key" of ConfigMap/app contains a PEM private key', line: 12, column: 5, endLine: 12, endColumn: 36 },
      ],
      output: null,
    },
    {
      name: 'a URL password in a folded value, and a token in a double-quoted one with escapes (reported at the whole value)',
      code: cm('data:\n  DSN: >\n    mysql://shop:Qm9vX2ZvbzE@db:3306/shop\n  notes: "line\\none xoxb-123456789012-abcdefghij"\n'),
      errors: [
        { message: 'a password in a URL', line: 7, column: 18, endLine: 7, endColumn: 29 },
        { message: 'a Slack token', line: 8, column: 10, endLine: 8, endColumn: 50 },
      ],
      output: null,
    },
    {
      name: 'binaryData: a sensitive key name, and a base64-encoded secret format',
      code: cm('binaryData:\n  api-token: c2VjcmV0\n  cert.pem: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t\n'),
      errors: [
        { message: 'Key "api-token" of ConfigMap/app holds a secret value', line: 6, column: 14, endLine: 6, endColumn: 22 },
        { message: 'contains a PEM private key (base64-encoded)', line: 7, column: 13, endLine: 7, endColumn: 49 },
      ],
      output: null,
    },
  ],
});
