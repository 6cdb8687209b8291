// A RuleContext over a Dockerfile text, for unit tests of the Dockerfile model.
import { mergeConfig, parseFile, type Config, type RuleContext } from '../../rules/src/index.js';

export function dockerfileContext(text: string, config?: Partial<Config>): RuleContext {
  const file = parseFile(text, 'Dockerfile');
  if (!file) throw new Error('not parsed as a Dockerfile');
  const memo = new Map<string, unknown>();
  return {
    file,
    text,
    fileName: 'Dockerfile',
    config: mergeConfig(config),
    now: new Date(0),
    workspace: undefined,
    documents: [],
    report() {
      throw new Error('the model must not report');
    },
    memo<T>(key: string, build: () => T): T {
      if (!memo.has(key)) memo.set(key, build());
      return memo.get(key) as T;
    },
  };
}
