// Every dockerfile rule, one file each; a new rule adds its file and one line here.
import type { Rule } from '../../rule.js';
import addInsteadOfCopy from './add-instead-of-copy.js';
import latestTag from './latest-tag.js';
import missingUser from './missing-user.js';
import rootUser from './root-user.js';
import secretInEnvOrArg from './secret-in-env-or-arg.js';

export const dockerfileRules: Rule[] = [rootUser, missingUser, latestTag, addInsteadOfCopy, secretInEnvOrArg];
