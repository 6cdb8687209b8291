// A RuleContext over a snippet, for unit tests of the Kubernetes model (no rule involved).
import { spanOf } from '../../rules/src/yaml/nodes.js';
import { mergeConfig, parseFile, applyEdits, type Config, type Edit, type FileKind, type RuleContext } from '../../rules/src/index.js';

export function contextFor(code: string, options: { kind?: FileKind; config?: Partial<Config>; fileName?: string } = {}): RuleContext {
  const file = parseFile(code, options.fileName ?? 'manifest.yaml');
  if (!file) throw new Error('not a YAML file name');
  const memo = new Map<string, unknown>();
  return {
    file,
    text: file.text,
    fileName: file.fileName,
    config: mergeConfig(options.config),
    now: new Date(0),
    workspace: undefined,
    documents: (file.yaml ?? []).filter((d) => d.kind === (options.kind ?? 'k8s')),
    report() {
      throw new Error('model tests do not report');
    },
    memo<T>(key: string, build: () => T): T {
      if (!memo.has(key)) memo.set(key, build());
      return memo.get(key) as T;
    },
  };
}

/** The text a node or span covers. */
export function textOf(ctx: RuleContext, at: unknown): string | undefined {
  const a = at as { start?: unknown; end?: unknown } | null | undefined;
  const span = a && typeof a.start === 'number' && typeof a.end === 'number' ? { start: a.start, end: a.end } : spanOf(at);
  return span && ctx.text.slice(span.start, span.end);
}

export function applied(ctx: RuleContext, edit: Edit | null): string | null {
  return edit && applyEdits(ctx.text, [edit]);
}
