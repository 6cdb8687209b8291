import rule from '../../../rules/src/rules/k8s/plaintext-secret-manifest.js';
import { runRuleTests } from '../../rule-tester.js';

const secret = (rest: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n${rest}`;

runRuleTests(rule, {
  valid: [
    { name: 'a service-account token Secret filled in by the cluster', code: secret('type: kubernetes.io/service-account-token\nmetadata:\n  annotations: {kubernetes.io/service-account.name: build}\n') },
    { name: 'empty data and empty values', code: secret('data: {}\nstringData:\n  password: ""\n') },
    { name: 'a SealedSecret carries ciphertext', code: 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: db}\nspec:\n  encryptedData: {password: AgBy8hC}\n' },
    { name: 'a SOPS-encrypted Secret', code: secret('data:\n  password: ENC[AES256_GCM,data:k3Jd,iv:a,tag:b,type:str]\nsops:\n  version: 3.9.0\n') },
    { name: 'values written by a template', code: secret('stringData:\n  password: "{{ .Values.db.password }}"\n') },
  ],
  invalid: [
    {
      name: 'data',
      code: secret('type: Opaque\ndata:\n  password: aHVudGVyMg==\n'),
      errors: [{ message: 'Secret/db has its values written in data (base64 is an encoding, not encryption)', line: 6, column: 1, endLine: 6, endColumn: 5, object: 'Secret/db', severity: 'warning' }],
      output: null,
    },
    {
      name: 'stringData is reported before data, once per Secret',
      code: secret('data: {a: YQ==}\nstringData: {password: hunter2}\n'),
      errors: [{ message: 'written in stringData:', line: 6, column: 1, endLine: 6, endColumn: 11 }],
      output: null,
    },
  ],
});
