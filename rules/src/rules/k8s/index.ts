// Every k8s rule, one file each; a new rule adds its file and one line here.
import type { Rule } from '../../rule.js';

export const k8sRules: Rule[] = [];
