// Figure 1: per-file lint time of the engine against the bare parser it builds on (and, for the
// Dockerfile, against dockerfile-utils' validator), on the same generated inputs in one process.
import { loadEngine } from './bundle.mjs';
import { composeFile, dockerfile, kubernetesManifest } from './generate.mjs';
import { summarize } from './stats.mjs';

export const INPUTS = [
  { kind: 'kubernetes', label: 'Kubernetes, 2,000 lines', fileName: '/bench/k8s/workloads.yaml', make: () => kubernetesManifest(2000), comment: '#' },
  { kind: 'dockerfile', label: 'Dockerfile, 300 lines', fileName: '/bench/Dockerfile', make: () => dockerfile(300), comment: '#' },
  { kind: 'compose', label: 'Compose, 50 services', fileName: '/bench/compose.yaml', make: () => composeFile(50), comment: '#' },
];

/**
 * Each iteration gets its own text (a trailing comment with the iteration number), and the engine's
 * caches are cleared before each of its lints, so nothing is answered from an earlier iteration:
 * this is the cost of linting a file the engine has not seen (opening it, a workspace scan).
 */
function variant(input, text, i) {
  return `${text}${input.comment} bench iteration ${i}\n`;
}

/**
 * The editing case: each iteration changes one line in the middle of the file (a comment with the
 * iteration number), and the engine keeps what it remembers of the file's previous version — for
 * multi-document YAML, the parse of the documents the edit did not touch.
 */
export function middleEdit(input, text, i) {
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  return [...lines.slice(0, middle), `${input.comment} bench edit ${i}`, ...lines.slice(middle)].join('\n');
}

/** The text after `i + 1` characters were typed into a comment line inserted at the file's first quarter. */
export function typingEdit(input, text, i) {
  const lines = text.split('\n');
  const at = Math.floor(lines.length / 4);
  return [...lines.slice(0, at), `${input.comment} ${'x'.repeat(i + 1)}`, ...lines.slice(at)].join('\n');
}

/**
 * ours: lint(); parser: the library parse alone (the target's yardstick); ourParse: the engine's own
 * parse of the same text (parseFile: for Dockerfiles a faster use of dockerfile-ast, for YAML the
 * piecewise parse that reuses unedited pieces). ourParse parses under another path, so that it
 * neither answers lint() from its cache nor shares what lint() remembers of the previous version.
 */
function contenders(engine, input, { cold }) {
  const ownName = input.fileName.replace(/^\/bench\//, '/bench-parse/');
  const fresh = (fn) => (text) => {
    if (cold) engine.clearParseCaches();
    return fn(text);
  };
  const ours = fresh((text) => engine.lint(text, input.fileName));
  const ourParse = fresh((text) => engine.parseFile(text, ownName));
  if (input.kind === 'dockerfile') {
    return { ours, parser: (text) => engine.DockerfileParser.parse(text), ourParse, dockerfileUtils: (text) => engine.dockerfileUtilsValidate(text) };
  }
  // The same options the engine passes (rules/src/documents/yaml-stream.ts).
  const parser = (text) => engine.parseAllDocuments(text, { merge: true, prettyErrors: false });
  return { ours, parser, ourParse };
}

/**
 * Runs every contender on the same text in turn each iteration, so drift and GC hit all alike.
 * Warm-up and measurement are bounded by count and by time, so a slow input (seconds per lint)
 * still finishes with at least `minSamples` samples and the whole bench stays within minutes.
 */
function measure(fns, input, text, vary, { warmup, iterations, minSamples, budgetMs }) {
  const names = Object.keys(fns);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const runAll = (i, record) => {
    const varied = vary(input, text, i);
    for (const name of names) {
      const t0 = performance.now();
      fns[name](varied);
      const elapsed = performance.now() - t0;
      if (record) samples[name].push(elapsed);
    }
  };
  let i = 0;
  const warmStart = performance.now();
  while (i < warmup && (i < 2 || performance.now() - warmStart < budgetMs / 5)) runAll(i++, false);
  const started = performance.now();
  for (let n = 0; n < iterations && (n < minSamples || performance.now() - started < budgetMs); n++) runAll(i++, true);
  return Object.fromEntries(names.map((n) => [n, summarize(samples[n])]));
}

export async function runLintTime({ iterations = 500, warmup = 50, minSamples = 10, budgetMs = 15_000, log = () => {} } = {}) {
  const engine = await loadEngine();
  const results = [];
  for (const mode of ['cold', 'edit']) {
    for (const input of INPUTS) {
      const text = input.make();
      const label = mode === 'cold' ? input.label : `${input.label}, edited`;
      log(`lint time: ${label}…`);
      const stats = measure(contenders(engine, input, { cold: mode === 'cold' }), input, text, mode === 'cold' ? variant : middleEdit, { warmup, iterations, minSamples, budgetMs });
      const row = { kind: input.kind, mode, label, lines: text.split('\n').length - 1, bytes: Buffer.byteLength(text), findings: engine.lint(text, input.fileName).length, ...stats };
      row.ratioToParser = stats.ours.median / stats.parser.median;
      if (stats.dockerfileUtils) row.ratioToDockerfileUtils = stats.ours.median / stats.dockerfileUtils.median;
      results.push(row);
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runLintTime({ log: console.error }), null, 2));
