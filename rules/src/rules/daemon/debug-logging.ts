// daemon/debug-logging: debug (and trace) logging records request details, can leak sensitive
// data into logs and floods them, hiding the events an audit needs.
import { singleEditFix, defineRule } from '../../rule.js';
import { property, setValue, spanOfJson } from '../../daemon/config.js';

/** Levels more verbose than info; dockerd reads the level case-insensitively. */
const VERBOSE = new Set(['debug', 'trace']);

export default defineRule({
  id: 'daemon/debug-logging',
  severity: 'info',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'Daemon logs at debug level',
  references: ['CIS-D 2.3'],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    const level = property(ctx, 'log-level');
    if (typeof level?.value === 'string' && VERBOSE.has(level.value.toLowerCase()) && level.valueNode) {
      ctx.report({
        at: spanOfJson(level.valueNode),
        message: `"log-level": "${level.value}" logs request details that can hold sensitive data and buries the events an audit needs.`,
        object: null,
        fix: () => singleEditFix('Set "log-level" to "info"', setValue(ctx, level, 'info')),
      });
    }
    // `debug: true` forces debug logging whatever log-level says.
    const debug = property(ctx, 'debug');
    if (debug?.value === true && debug.valueNode) {
      ctx.report({
        at: spanOfJson(debug.valueNode),
        message: '"debug": true logs request details that can hold sensitive data and buries the events an audit needs.',
        object: null,
        fix: () => singleEditFix('Set "debug" to false', setValue(ctx, debug, false)),
      });
    }
  },
});
