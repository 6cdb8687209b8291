// The engine's entry point: text in, findings out. Pure: no editor, no file system.
import { parseFile, type ParsedFile } from './documents/parse.js';
import { DEFAULT_CONFIG, type Config } from './config.js';
import { FILE_TOO_LARGE, INTERNAL_ERROR, PARSE_ERROR, TEMPLATE_SKIPPED, TOO_COMPLEX, UNUSED_SUPPRESSION } from './engine-rules.js';
import { detectSyntax } from './documents/detect.js';
import { formatBytes, isStackOverflow, maxFileSize, utf8SizeOver } from './limits.js';
import { isDocumentScoped, type FixInput, type Locatable, type Report, type Rule, type RuleContext, type WorkspaceIndex } from './rule.js';
import { documentReuse, type DocumentReuse } from './document-reuse.js';
import { RULES, getRule } from './rules/index.js';
import { resolveSeverity } from './severity.js';
import { collectSuppressions, reportsWhenUnused, suppress, type Suppression } from './suppressions.js';
import type { Finding, Fix, Severity, Span } from './types.js';
import { spanOf } from './yaml/nodes.js';
import { isKustomizePatch } from './kubernetes/kustomize.js';

export interface LintOptions {
  config?: Config;
  /** VS Code language id, when known (decides the parser for files with unusual names). */
  languageId?: string;
  workspace?: WorkspaceIndex;
  /** Today, for date-dependent rules; injectable in tests. */
  now?: Date;
  /** The rules to run; defaults to the registry. */
  rules?: readonly Rule[];
}

const memos = new WeakMap<ParsedFile, Map<string, unknown>>();

export function lint(text: string, fileName: string, options: LintOptions = {}): Finding[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const enabled = (rule: Rule) => resolveSeverity(rule, config) !== 'off';
  const limit = maxFileSize(config);
  const size = utf8SizeOver(text, limit);
  if (size !== null) {
    // Not parsed at all: a huge file would stall the editor, and no real container file is this big.
    if (!detectSyntax(fileName, options.languageId) || !enabled(FILE_TOO_LARGE)) return [];
    const message = `This file is ${formatBytes(size)}, more than the ${formatBytes(limit)} limit (setting maxFileSize), so it was not linted.`;
    const at = { line: 0, character: 0 };
    return [{ rule: FILE_TOO_LARGE.id, severity: resolveSeverity(FILE_TOO_LARGE, config) as Severity, message, range: { start: at, end: at }, span: { start: 0, end: 0 }, object: null, fix: null }];
  }
  const file = parseFile(text, fileName, options.languageId);
  if (!file) return [];
  const findings: Finding[] = [];
  if (file.tooComplex) return enabled(TOO_COMPLEX) ? [tooComplex(file, config, 'the parser')] : [];

  // Only for YAML Shipshape recognises: other YAML (CI workflows, Ansible…) is not ours to judge.
  if (file.yamlError && file.kinds.size > 0 && enabled(PARSE_ERROR)) {
    findings.push(finding(file, PARSE_ERROR, resolveSeverity(PARSE_ERROR, config) as Severity, file.yamlError.span, `YAML syntax error: ${file.yamlError.message}`));
  }
  // A Helm template that does not parse even masked: one note instead of syntax errors (documents/templates.ts).
  if (file.templateNote && enabled(TEMPLATE_SKIPPED)) {
    findings.push(finding(file, TEMPLATE_SKIPPED, resolveSeverity(TEMPLATE_SKIPPED, config) as Severity, file.templateNote.span, file.templateNote.message));
  }

  let memo = memos.get(file);
  if (!memo) memos.set(file, (memo = new Map()));
  // Whether the file holds partial objects (a Kustomize patch): asked once, up front when findings
  // are reused (it is part of their key), else by the first rule that reports a missing field.
  let partial: boolean | undefined;
  const isPartial = (ctx: RuleContext) => (partial ??= ctx.file.kinds.has('k8s') && isKustomizePatch(ctx));
  const run: Run = { config, workspace: options.workspace, now: options.now ?? new Date(), isPartial };
  const reuse = reusableDocuments(file, run, options);
  // The document-scoped rules run on reuse.view (the documents without remembered findings), with their own models.
  const viewMemo = reuse && !reuse.nothingReused ? new Map<string, unknown>() : memo;
  const viewEmpty = reuse !== null && (reuse.view.yaml ?? []).length === 0;
  let remember = reuse !== null;
  for (const rule of options.rules ?? RULES) {
    if (!file.kinds.has(rule.appliesTo)) continue;
    const severity = resolveSeverity(rule, config);
    if (severity === 'off') continue;
    const scoped = reuse !== null && isDocumentScoped(rule);
    const out: Finding[] = scoped ? [] : findings;
    try {
      if (!scoped) rule.check(context(run, file, rule, severity, memo, out));
      else {
        // A rule that reads other documents too runs on the whole file when what it reads changed.
        const facts = rule.crossDocumentFacts?.(context(run, file, rule, severity, memo, out));
        const whole = !reuse.reusable(rule.id, facts);
        if (whole) rule.check(context(run, file, rule, severity, memo, out));
        else if (!viewEmpty) rule.check(context(run, reuse.view, rule, severity, viewMemo, out));
        remember &&= reuse.record(rule.id, out, facts, whole);
        findings.push(...out);
        if (!whole) findings.push(...reuse.reused(rule.id));
      }
    } catch (error) {
      remember = false;
      // What the rule reported before it failed stands, as it does for a rule that is not document-scoped.
      if (out !== findings) findings.push(...out);
      // Nesting deeper than a rule's walk can follow is a limit of the input, not a bug: one note for the file.
      if (isStackOverflow(error)) {
        if (enabled(TOO_COMPLEX) && !findings.some((f) => f.rule === TOO_COMPLEX.id)) findings.push(tooComplex(file, config, `rule ${rule.id}`));
      } else if (enabled(INTERNAL_ERROR)) {
        const message = error instanceof Error ? error.message : String(error);
        findings.push(finding(file, INTERNAL_ERROR, 'warning', { start: 0, end: 0 }, `Rule ${rule.id} failed on this file and was skipped: ${message}`));
      }
    }
  }

  if (remember) reuse!.commit();

  const suppressions = collectSuppressions(file, { peers: config.honorPeerSuppressions !== false, now: run.now });
  const custom = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const ruleById = (id: string): Rule | undefined => custom.get(id) ?? getRule(id);
  // Peers' pragmas match a rule through its aliases; engine findings have none.
  const suppressible = (id: string) => ruleById(id) ?? { id, aliases: [] };
  const kept = suppressions.length === 0 ? findings : findings.filter((f) => !suppress(suppressions, suppressible(f.rule), f.range.start.line, f.span));
  // In a template that was not linted, no suppression could be used: none is reported as unused.
  if (!config.only && !file.templateSkipped && enabled(UNUSED_SUPPRESSION)) {
    kept.push(...unusedSuppressions(file, suppressions.filter(reportsWhenUnused), config, ruleById));
  }
  // Rule ids are ASCII: code-unit order, not localeCompare (which goes through ICU and showed in profiles).
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** What every rule's context shares in one lint. */
interface Run {
  config: Config;
  workspace: WorkspaceIndex | undefined;
  now: Date;
  isPartial: (ctx: RuleContext) => boolean;
}

function context(run: Run, file: ParsedFile, rule: Rule, severity: Severity, memo: Map<string, unknown>, out: Finding[]): RuleContext {
  const explicit = run.config.rules[rule.id];
  const ctx: RuleContext = {
    file,
    text: file.text,
    fileName: file.fileName,
    config: run.config,
    now: run.now,
    workspace: run.workspace,
    documents: (file.yaml ?? []).filter((d) => d.kind === rule.appliesTo),
    report(r: Report) {
      if (r.missing && run.isPartial(ctx)) return;
      // An explicit severity from the user wins over a rule's per-finding default.
      const sev = explicit && explicit !== 'off' ? explicit : (r.severity ?? severity);
      const f = finding(file, rule, sev, toSpan(file, r.at), r.message, r.object ?? null);
      const fix = r.fix;
      if (typeof fix === 'function') {
        out.push(withDeferredFix(f, fix, rule));
      } else {
        f.fix = toFix(fix, rule);
        out.push(f);
      }
    },
    memo<T>(key: string, build: () => T): T {
      if (!memo.has(key)) memo.set(key, build());
      return memo.get(key) as T;
    },
  };
  return ctx;
}

/**
 * For a multi-document YAML file linted with the registry's rules: the findings of its documents
 * that an edit left alone, from the previous lint (document-reuse.ts). The key holds everything
 * else a document-scoped finding depends on; workspace files are not among them (such rules are
 * `scope: 'file'`), except whether this file is a Kustomize patch. Nor are the other documents,
 * except for the line break the file uses, which fixes insert (text.ts `eol`).
 */
function reusableDocuments(file: ParsedFile, run: Run, options: LintOptions): DocumentReuse | null {
  // Only Kubernetes rules are document-scoped: other YAML has nothing to reuse.
  if (options.rules || !file.kinds.has('k8s') || !file.yaml || file.yaml.length < 2) return null;
  const partial = run.isPartial({ file, fileName: file.fileName, workspace: run.workspace } as RuleContext);
  const day = run.now.toISOString().slice(0, 10);
  return documentReuse(file, JSON.stringify([run.config, options.languageId ?? null, day, partial, file.lines.eol]));
}

function toFix(input: FixInput | null | undefined, rule: Rule): Fix | null {
  return input && input.edits.length > 0 ? { title: input.title, safe: input.safe ?? rule.fix === 'safe', edits: input.edits } : null;
}

/**
 * The finding with a fix built the first time `fix` is read, then kept. An enumerable accessor, so
 * JSON, spreading and structured clone (worker threads) see a plain value. A builder that throws
 * yields no fix: the finding itself stands.
 */
function withDeferredFix(f: Finding, build: () => FixInput | null | undefined, rule: Rule): Finding {
  let built: Fix | null | undefined;
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: f.range,
    span: f.span,
    object: f.object,
    get fix(): Fix | null {
      if (built === undefined) {
        try {
          built = toFix(build(), rule);
        } catch {
          built = null;
        }
      }
      return built;
    },
    set fix(value: Fix | null) {
      built = value;
    },
  };
}

function tooComplex(file: ParsedFile, config: Config, who: string): Finding {
  const message = `This file nests too deeply for ${who} to follow, so it was not fully linted.`;
  return finding(file, TOO_COMPLEX, resolveSeverity(TOO_COMPLEX, config) as Severity, { start: 0, end: 0 }, message);
}

function finding(file: ParsedFile, rule: Rule, severity: Severity, span: Span, message: string, object: string | null = null): Finding {
  return { rule: rule.id, severity, message, range: file.lines.rangeOf(span), span, object, fix: null };
}

function toSpan(file: ParsedFile, at: Locatable): Span {
  const a = at as { start?: unknown; end?: unknown };
  if (typeof a.start === 'number' && typeof a.end === 'number') return a as Span;
  if (a.start && typeof (a.start as { line?: unknown }).line === 'number') return file.lines.spanOf(at as never);
  const s = spanOf(at);
  if (!s) throw new Error('reported node has no source range');
  return s;
}

function unusedSuppressions(file: ParsedFile, suppressions: Suppression[], config: Config, ruleById: (id: string) => Rule | undefined): Finding[] {
  const out: Finding[] = [];
  const severity = resolveSeverity(UNUSED_SUPPRESSION, config) as Severity;
  for (const s of suppressions) {
    const unused = s.ids.length === 0 ? (s.used.size === 0 ? ['*'] : []) : s.ids.filter((id) => !s.used.has(id));
    const reportable = unused.filter((id) => {
      if (id === '*') return true;
      const rule = ruleById(id);
      return !rule || resolveSeverity(rule, config) !== 'off';
    });
    if (reportable.length === 0) continue;
    const unknown = reportable.filter((id) => id !== '*' && !ruleById(id));
    const message = unknown.length
      ? `Unknown rule id${unknown.length > 1 ? 's' : ''} in suppression: ${unknown.join(', ')}.`
      : reportable[0] === '*'
        ? 'This suppression comment silences nothing.'
        : `This suppression of ${reportable.join(', ')} silences nothing.`;
    const f = finding(file, UNUSED_SUPPRESSION, severity, s.span, message);
    if (reportable.length === unused.length && (s.ids.length === 0 || unused.length === s.ids.length)) {
      const edit = removeCommentEdit(file, s.span);
      if (edit) f.fix = { title: 'Remove the unused suppression comment', safe: true, edits: [edit] };
    }
    out.push(f);
  }
  return out;
}

/** Deletes a comment: its whole line when it stands alone, else the comment and the blanks before it (none when there are none). */
function removeCommentEdit(file: ParsedFile, span: Span) {
  const { line } = file.lines.positionAt(span.start);
  const lineStart = file.lines.lineStarts[line];
  if (file.text.slice(lineStart, span.start).trim() === '') {
    const next = line + 1 < file.lines.lineCount ? file.lines.lineStarts[line + 1] : file.lines.lineEnd(line);
    return { start: lineStart, end: next, text: '' };
  }
  let start = span.start;
  while (start > lineStart && /[ \t]/.test(file.text[start - 1])) start--;
  // A trailing comment follows a blank; one that does not (`:\uFEFF# …`, which the YAML parser reads
  // as a comment all the same) is left alone: what its removal leaves may read differently.
  if (start === span.start) return null;
  return { start, end: span.end, text: '' };
}
