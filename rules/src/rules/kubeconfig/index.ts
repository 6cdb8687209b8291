// Every kubeconfig rule, one file each; a new rule adds its file and one line here.
import type { Rule } from '../../rule.js';
import insecureSkipTlsVerify from './insecure-skip-tls-verify.js';

export const kubeconfigRules: Rule[] = [insecureSkipTlsVerify];
