// Entry point of the `shipshape` command (bundled to dist/cli.js).
import { RULES } from '../../rules/src/index.js';
import { WalkError } from '../../host/src/walk.js';
import { parseArgs, UsageError, type Command } from './args.js';
import { formatRulesJson, formatRulesTable } from './format/rule-list.js';
import { EXIT_CLEAN, EXIT_ERROR, runLint } from './lint-command.js';
import { ConfigError } from './load-config.js';
import { runAsLintWorker } from './parallel.js';
import { USAGE } from './usage.js';
import { VERSION } from './version.js';

async function run(argv: readonly string[], cwd: string): Promise<number> {
  try {
    return await execute(parseArgs(argv), cwd);
  } catch (e) {
    if (e instanceof UsageError || e instanceof WalkError) {
      process.stderr.write(`shipshape: ${e.message}\nRun "shipshape --help" for usage.\n`);
      return EXIT_ERROR;
    }
    if (e instanceof ConfigError) {
      process.stderr.write(e.lines.join('\n') + '\n');
      return EXIT_ERROR;
    }
    // A bug, not a finding: exit 2 so CI does not read it as "findings" (1) or "clean" (0).
    process.stderr.write(`shipshape: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_ERROR;
  }
}

function execute(command: Command, cwd: string): number | Promise<number> {
  switch (command.command) {
    case 'help':
      process.stdout.write(USAGE);
      return EXIT_CLEAN;
    case 'version':
      process.stdout.write(VERSION + '\n');
      return EXIT_CLEAN;
    case 'rules':
      process.stdout.write(command.format === 'json' ? formatRulesJson(RULES) : formatRulesTable(RULES));
      return EXIT_CLEAN;
    case 'lint':
      return runLint(command, cwd);
  }
}

// exitCode rather than exit(): lets a large report drain to a pipe before the process ends.
if (!runAsLintWorker()) {
  void run(process.argv.slice(2), process.cwd()).then((code) => {
    process.exitCode = code;
  });
}
