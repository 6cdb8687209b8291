// Every daemon rule, one file each; a new rule adds its file and one line here.
import type { Rule } from '../../rule.js';
import interContainerCommunication from './inter-container-communication.js';
import legacyRegistry from './legacy-registry.js';
import syntax from './syntax.js';

export const daemonRules: Rule[] = [interContainerCommunication, legacyRegistry, syntax];
