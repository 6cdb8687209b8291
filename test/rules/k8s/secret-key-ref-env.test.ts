import rule from '../../../rules/src/rules/k8s/secret-key-ref-env.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (container: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: app\n${container}`;

runRuleTests(rule, {
  valid: [
    { name: 'a Secret mounted as files', code: pod('      volumeMounts: [{name: db, mountPath: /run/secrets/db}]\n  volumes: [{name: db, secret: {secretName: db}}]\n') },
    { name: 'ConfigMap references', code: pod('      env: [{name: MODE, valueFrom: {configMapKeyRef: {name: c, key: mode}}}]\n      envFrom: [{configMapRef: {name: c}}]\n') },
  ],
  invalid: [
    {
      name: 'secretKeyRef and envFrom secretRef',
      code: pod('      env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: db, key: password}\n      envFrom:\n        - secretRef: {name: api-keys}\n'),
      errors: [
        { message: 'Container "app" reads a Secret into variable DB_PASSWORD', line: 11, column: 13, endLine: 11, endColumn: 25, object: 'Pod/api container/app', severity: 'info' },
        { message: 'imports a whole Secret', line: 13, column: 11, endLine: 13, endColumn: 20 },
      ],
      output: null,
    },
  ],
});
