// Every compose rule, one file each; a new rule adds its file and one line here.
import type { Rule } from '../../rule.js';
import pidsLimit from './pids-limit.js';
import privileged from './privileged.js';

export const composeRules: Rule[] = [pidsLimit, privileged];
