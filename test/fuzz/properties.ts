// The properties every linted text must satisfy, as a list of violations (empty when all hold).
import { DockerfileParser } from 'dockerfile-ast';
import { applyEdits, lint, mergeConfig, RULES, type Edit, type Finding } from '../../rules/src/index.js';
import { parseFile } from '../../rules/src/documents/parse.js';

/** Every rule runs, including those off by default, and the engine's own notes. */
export const FUZZ_CONFIG = mergeConfig({ rules: Object.fromEntries(RULES.filter((r) => r.severity === 'off').map((r) => [r.id, 'warning'])) });
/** A case slower than this is reported as a hang (a detector, not a performance budget). */
export const HANG_MS = 2000;
/** Fixes applied and re-linted per case; every other fix is still checked for well-formed edits. */
export const FIXES_PER_CASE = 4;

/** Why the text does not parse, or null when it does (YAML: no syntax error; JSON: no errors; Dockerfile: the parser returns). */
export function parseProblem(text: string, fileName: string): string | null {
  const file = parseFile(text, fileName);
  if (!file) return null;
  if (file.tooComplex) return 'too complex';
  if (file.yamlError) return `YAML: ${file.yamlError.message}`;
  if (file.templateNote) return 'template not YAML';
  if (file.json?.errors.length) return `JSON error ${file.json.errors[0].error} at ${file.json.errors[0].offset}`;
  if (file.syntax === 'dockerfile') DockerfileParser.parse(text);
  return null;
}

/** Where an offset of the old text lands after the edits, or null when an edit replaced it. */
function mapOffset(offset: number, edits: readonly Edit[]): number | null {
  let delta = 0;
  for (const e of edits) {
    if (offset < e.start || (offset === e.start && e.start !== e.end)) break;
    if (offset < e.end) return null;
    delta += e.text.length - (e.end - e.start);
  }
  return offset + delta;
}

/** The new text's range written by the edits, to recognise a finding that a fix moved. */
function writtenRanges(edits: readonly Edit[]): [number, number][] {
  let delta = 0;
  return edits.map((e) => {
    const start = e.start + delta;
    delta += e.text.length - (e.end - e.start);
    return [start, start + e.text.length];
  });
}

/**
 * "A fix removes its finding": after applying the fix alone, no finding of the same rule about the
 * same object starts where the original one started (mapped through the edits) or inside the text
 * the fix wrote. A finding of that rule elsewhere in the same object (another key the same rule
 * judges) does not count against the fix, nor does one at that place when there are fewer findings
 * just like it than before: the text held the same thing twice (two identical comment lines), the
 * fix removed one, and the other moved up to where it was.
 */
function survivor(before: Finding, edits: readonly Edit[], after: readonly Finding[], all: readonly Finding[]): Finding | undefined {
  const mapped = mapOffset(before.span.start, edits);
  const written = writtenRanges(edits);
  const alike = (f: Finding) => f.rule === before.rule && f.object === before.object && f.message === before.message;
  const left = after.find((f) => alike(f) && (f.span.start === mapped || written.some(([s, e]) => f.span.start >= s && f.span.start < e)));
  return left && after.filter(alike).length >= all.filter(alike).length ? left : undefined;
}

export interface Violation {
  property: string;
  detail: string;
}

export function check(text: string, fileName: string): Violation[] {
  const out: Violation[] = [];
  const started = performance.now();
  let findings: Finding[];
  try {
    findings = lint(text, fileName, { config: FUZZ_CONFIG });
  } catch (error) {
    return [{ property: 'lint-throws', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }];
  }
  for (const f of findings) {
    if (f.rule === 'shipshape/internal-error' || f.rule === 'shipshape/too-complex') out.push({ property: 'internal-error', detail: f.message });
    if (!(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length)) out.push({ property: 'span-inside', detail: `${f.rule} ${JSON.stringify(f.span)}` });
  }
  const fixed = findings.filter((f) => f.fix);
  for (const f of fixed) {
    const edits = [...f.fix!.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    edits.forEach((e, i) => {
      if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) out.push({ property: 'edit-inside', detail: `${f.rule} ${JSON.stringify(e)}` });
      if (i > 0 && e.start < edits[i - 1].end) out.push({ property: 'edits-overlap', detail: `${f.rule} ${JSON.stringify(edits)}` });
    });
  }
  if (out.length > 0) return out;
  // Fixes are judged on texts that parse. Not on texts with a lone CR: the yaml library reads it as
  // content while LineIndex (like editors) reads a line break, so "end of line" differs (known, reported).
  const parsed = parseProblem(text, fileName) === null && !/\r(?!\n)/.test(text);
  // Spread the checked fixes over the file: first, last and evenly between.
  const step = Math.max(1, Math.ceil(fixed.length / FIXES_PER_CASE));
  for (let i = 0; i < fixed.length; i += step) {
    const f = fixed[i];
    const edits = [...f.fix!.edits].sort((a, b) => a.start - b.start);
    const result = applyEdits(text, edits);
    if (!parsed) continue;
    const problem = parseProblem(result, fileName);
    if (problem) {
      out.push({ property: 'fix-parses', detail: `${f.rule} (${f.fix!.title}) broke the file: ${problem}` });
      continue;
    }
    const again = lint(result, fileName, { config: FUZZ_CONFIG });
    const left = survivor(f, edits, again, findings);
    if (left) out.push({ property: 'fix-removes-finding', detail: `${f.rule} (${f.fix!.title}) left: ${left.message}` });
  }
  const ms = performance.now() - started;
  if (ms > HANG_MS) out.push({ property: 'hang', detail: `${Math.round(ms)} ms` });
  return out;
}
