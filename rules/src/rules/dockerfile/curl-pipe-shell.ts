// `curl … | sh` runs whatever the server sends, with no checksum or signature: a compromised
// server, CDN or proxy decides what the build executes.
import { invocationsIn, invocationsOf, parseArgs, runInstructions, type Invocation } from '../../dockerfile/commands.js';
import { DOWNLOADERS, downloadsToStdout } from '../../dockerfile/downloads.js';
import { parseScript, POSIX_SHELLS } from '../../dockerfile/shell.js';
import { slice, type SourceText } from '../../dockerfile/source.js';
import { describeStage, stageLabel } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';
import type { Span } from '../../types.js';

/** Interpreters and the options that make them run a string instead of a script (`sh -c`, `perl -e`). */
const INTERPRETERS: ReadonlyMap<string, { inline: string[]; withValue: string }> = new Map(
  Object.entries({
    python: { inline: ['-c', '-m'], withValue: 'cmWXQ' },
    perl: { inline: ['-e', '-E'], withValue: 'eEIMmx' },
    ruby: { inline: ['-e'], withValue: 'eIrCE' },
    node: { inline: ['-e', '--eval', '-p', '--print'], withValue: 'er' },
    php: { inline: ['-r'], withValue: 'rcdz' },
  }),
);
const SHELL_SPEC = { inline: ['-c'], withValue: 'oO' };

/** Commands that run the text of their argument as code: `eval "$(curl …)"`, `. <(curl …)`. */
const EVALUATORS = new Set(['eval', 'source', '.']);

function interpreterSpec(name: string): { inline: string[]; withValue: string } | undefined {
  if (POSIX_SHELLS.has(name)) return SHELL_SPEC;
  const family = name.startsWith('python') && /^python[\d.]*$/.test(name) ? 'python' : name;
  return INTERPRETERS.get(family);
}

/** The interpreter reads its program from standard input (`sh`, `bash -s -- -y`, `python3 -`). */
function runsStdin(invocation: Invocation): boolean {
  const spec = interpreterSpec(invocation.name);
  if (!spec) return false;
  const args = parseArgs(invocation.words.slice(1), { shortWithValue: spec.withValue }, false);
  if (args.options.some((o) => spec.inline.includes(o.name))) return false;
  if (POSIX_SHELLS.has(invocation.name) && args.options.some((o) => o.name === '-s')) return true;
  return args.operands.length === 0 || args.operands[0].word.text === '-';
}

/** The script inside `$(…)`, a backtick pair or `<(…)` when the word is exactly that. */
function substitution(word: SourceText): SourceText | undefined {
  const t = word.text;
  if ((t.startsWith('$(') || t.startsWith('<(')) && t.endsWith(')') && !t.startsWith('$((')) return slice(word, 2, t.length - 1);
  if (t.length > 1 && t.startsWith('`') && t.endsWith('`')) return slice(word, 1, t.length - 1);
  return undefined;
}

/** The downloader whose output a substitution word is, e.g. `curl` for `"$(curl -fsSL URL)"`. */
function downloadIn(word: SourceText): Invocation | undefined {
  const inner = substitution(word);
  if (!inner) return undefined;
  return parseScript(inner)
    .commands.flatMap(invocationsOf)
    .find((i) => DOWNLOADERS.has(i.name) && downloadsToStdout(i));
}

/** `sh -c "$(curl …)"`, `bash <(curl …)`, `eval "$(wget -qO- …)"`: the download becomes the program. */
function substitutedDownload(invocation: Invocation): Invocation | undefined {
  const words = invocation.words.slice(1);
  if (EVALUATORS.has(invocation.name)) return words.map(downloadIn).find((d) => d);
  const spec = interpreterSpec(invocation.name);
  if (!spec) return undefined;
  const args = parseArgs(words, { shortWithValue: spec.withValue.replace(/[ce]/g, '') }, false);
  const inline = args.options.find((o) => spec.inline.includes(o.name));
  // `-c CODE` (the code word follows the option), or a script file operand `<(curl …)`.
  const code = inline ? (inline.valueWord ?? args.operands[0]?.word) : args.operands[0]?.word;
  if (!code) return undefined;
  if (!inline && !code.text.startsWith('<(')) return undefined;
  return downloadIn(code);
}

export default defineRule({
  id: 'dockerfile/curl-pipe-shell',
  severity: 'warning',
  fix: 'none',
  risk: 'image',
  title: 'Downloaded script piped into an interpreter',
  references: ['CIS-D 4.11'],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const { instruction, stage } of runInstructions(ctx)) {
      const report = (download: Invocation, interpreter: Invocation, at: Span) =>
        ctx.report({
          at,
          message: `RUN in ${describeStage(stage)} runs a script downloaded by ${download.name} with ${interpreter.name}, unverified: whoever controls the server or the connection decides what the build executes.`,
          object: stageLabel(stage),
        });
      const invocations = invocationsIn(ctx, instruction);
      for (const interpreter of invocations) {
        // Only evaluators and interpreters run what a download gives them.
        if (!EVALUATORS.has(interpreter.name) && !interpreterSpec(interpreter.name)) continue;
        const substituted = substitutedDownload(interpreter);
        if (substituted) {
          report(substituted, interpreter, interpreter.command.span);
          continue;
        }
        if (!runsStdin(interpreter)) continue;
        const pipeline = interpreter.command.pipeline.commands;
        const position = pipeline.indexOf(interpreter.command);
        const download = pipeline
          .slice(0, position)
          .flatMap(invocationsOf)
          .find((i) => DOWNLOADERS.has(i.name) && downloadsToStdout(i));
        if (download) report(download, interpreter, { start: download.command.span.start, end: interpreter.command.span.end });
      }
    }
  },
});
