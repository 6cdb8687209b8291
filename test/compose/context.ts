// Runs a model function against the real RuleContext the engine builds for a file, through a
// probe rule, so model tests exercise exactly what rules see.
import { defineRule, lint, type RuleContext } from '../../rules/src/index.js';
import type { FileKind } from '../../rules/src/types.js';

export function withContext<T>(kind: FileKind, code: string, fileName: string, read: (ctx: RuleContext) => T): T {
  let result: { value: T } | undefined;
  const probe = defineRule({
    id: `${kind}/model-probe`,
    severity: 'warning',
    fix: 'none',
    risk: 'host',
    title: 'Reads the model under test',
    references: [],
    aliases: [],
    appliesTo: kind,
    check(ctx) {
      result = { value: read(ctx) };
    },
  });
  lint(code, fileName, { rules: [probe] });
  if (!result) throw new Error(`the probe did not run: ${fileName} has no ${kind} document`);
  return result.value;
}

/** The text a span covers. */
export function textAt(code: string, span: { start: number; end: number } | undefined): string | undefined {
  return span && code.slice(span.start, span.end);
}
