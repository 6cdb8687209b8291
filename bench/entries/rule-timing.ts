// What bench/rule-timing.mjs calls: the engine, its rule registry and the parse alone.
export { lint } from '../../rules/src/index.js';
export { RULES } from '../../rules/src/rules/index.js';
export { parseFile } from '../../rules/src/documents/parse.js';
