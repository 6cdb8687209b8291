// What an ADD (or COPY) instruction copies: its source operands, and what kind each one is.
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import { dockerWords } from './docker-words.js';
import { parseExecForm } from './exec-form.js';
import { factsOf } from './instruction-facts.js';
import { argumentsSource, escapeCharacter } from './instruction-text.js';

export type SourceKind = 'remote' | 'archive' | 'local' | 'unknown';

/** Source operands (every operand but the destination); undefined for heredoc or incomplete forms. */
export function copySources(ctx: RuleContext, instruction: Instruction): string[] | undefined {
  // Four rules ask about each COPY and ADD.
  const facts = factsOf(instruction);
  if (facts.copySources === undefined) facts.copySources = readCopySources(ctx, instruction) ?? null;
  return facts.copySources ?? undefined;
}

function readCopySources(ctx: RuleContext, instruction: Instruction): string[] | undefined {
  const source = argumentsSource(ctx, instruction);
  if (!source) return undefined;
  const operands = (parseExecForm(source) ?? dockerWords(source, escapeCharacter(ctx))).map((w) => w.text);
  if (operands.length < 2 || operands.some((o) => o.startsWith('<<'))) return undefined;
  return operands.slice(0, -1);
}

/** Tar archives, plain or compressed, which ADD unpacks. */
const TAR = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst)$/i;
/** A glob ending in a compression suffix (`*.gz`) may match a compressed tar. */
const COMPRESSED = /\.(gz|bz2|xz|zst)$/i;

export function sourceKind(source: string): SourceKind {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^git@/.test(source)) return 'remote';
  if (source.includes('$')) return 'unknown';
  if (TAR.test(source)) return 'archive';
  const last = source.replace(/\/+$/, '').split('/').pop() ?? '';
  if (/[*?[]/.test(last)) {
    // `*` or `app-*` may match a tarball; `*.txt` cannot.
    if (COMPRESSED.test(last) || !/\.[A-Za-z0-9]+$/.test(last)) return 'unknown';
  }
  return 'local';
}
