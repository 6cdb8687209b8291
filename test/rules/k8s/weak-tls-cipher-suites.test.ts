import rule from '../../../rules/src/rules/k8s/weak-tls-cipher-suites.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n  - name: kube-apiserver\n    command:\n    - kube-apiserver\n${flags.map((f) => `    - ${f}\n`).join('')}`;
const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;
const GCM = 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256';
const CBC = 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA';
const RSA_GCM = 'TLS_RSA_WITH_AES_128_GCM_SHA256';
const STRONG12 = 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256';

runRuleTests(rule, {
  valid: [
    { name: 'Go defaults when unset', code: pod('--secure-port=6443') },
    { name: 'strong suites only', code: pod(`--tls-cipher-suites=${GCM},TLS_AES_128_GCM_SHA256`) },
    { name: 'kubelet: CIS 4.2.12 also allows the RSA GCM suites', code: kubelet(`tlsCipherSuites: [${GCM}, ${RSA_GCM}]\n`) },
  ],
  invalid: [
    {
      name: 'a CBC suite removed from the flag',
      code: pod(`--tls-cipher-suites=${GCM},${CBC}`),
      errors: [{ message: `kube-apiserver offers the weak cipher suite ${CBC}`, line: 10, column: 7, endLine: 10, endColumn: 99, object: 'Pod/kube-apiserver', severity: 'warning' }],
      output: pod(`--tls-cipher-suites=${GCM}`),
    },
    {
      name: 'the API server does not accept the RSA GCM suites; nothing strong left: replaced',
      code: pod(`--tls-cipher-suites=${RSA_GCM}`),
      errors: [{ message: RSA_GCM, line: 10, column: 7, endLine: 10, endColumn: 58 }],
      output: pod(`--tls-cipher-suites=${STRONG12}`),
    },
    {
      name: 'kubelet block list: the weak items removed',
      code: kubelet(`tlsCipherSuites:\n- ${GCM}\n- ${CBC}\n- TLS_RSA_WITH_RC4_128_SHA\nreadOnlyPort: 0\n`),
      errors: [{ message: '2 weak cipher suites', line: 3, column: 1, endLine: 6, endColumn: 27, object: 'KubeletConfiguration' }],
      output: kubelet(`tlsCipherSuites:\n- ${GCM}\nreadOnlyPort: 0\n`),
    },
    {
      name: 'kubelet flow list with nothing strong: replaced by the strong list',
      code: kubelet(`tlsCipherSuites: [${CBC}]\n`),
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 54 }],
      output: kubelet(`tlsCipherSuites: [${STRONG12.split(',').join(', ')}]\n`),
    },
  ],
});
