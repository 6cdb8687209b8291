// The engine runs in the language server, the CLI and a browser: it must not import Node or VS Code.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { RULES_SRC } from '../paths.js';

const SRC = RULES_SRC;
const FORBIDDEN = /from\s+['"](?:node:[^'"]+|fs|path|os|child_process|vscode|vscode-languageserver[^'"]*)['"]|(?<![\w.\-/])process\.(?:env|argv|exit|cwd|platform|std(?:in|out|err)|on|nextTick)\b|(?<![\w.])require\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

it('rules/src imports neither Node built-ins, nor vscode, nor process', () => {
  const offenders = files(SRC).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});
