// The variables ENV and ARG instructions declare, with where their names and values are.
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import type { Span } from '../types.js';
import { dockerWords } from './docker-words.js';
import { factsOf } from './instruction-facts.js';
import { argumentsSource, escapeCharacter } from './instruction-text.js';
import { offsetInWord, type Word } from './word-text.js';

export interface Declaration {
  keyword: 'ENV' | 'ARG';
  instruction: Instruction;
  name: string;
  nameSpan: Span;
  /** The value after quote removal (variable references kept as written); undefined for `ARG NAME`. */
  value?: string;
  /** The whole `NAME=value` (or `NAME value` in the legacy ENV form). */
  span: Span;
}

/** Declarations of an ENV or ARG instruction, in order; none for other instructions. */
export function declarations(ctx: RuleContext, instruction: Instruction): Declaration[] {
  const keyword = instruction.getKeyword();
  if (keyword !== 'ENV' && keyword !== 'ARG') return [];
  const facts = factsOf(instruction);
  return (facts.declarations ??= parseDeclarations(ctx, instruction, keyword));
}

function parseDeclarations(ctx: RuleContext, instruction: Instruction, keyword: 'ENV' | 'ARG'): Declaration[] {
  const source = argumentsSource(ctx, instruction);
  if (!source) return [];
  const words = dockerWords(source, escapeCharacter(ctx));
  const nameSpanOf = (word: Word, length: number): Span => ({ start: offsetInWord(word, 0), end: offsetInWord(word, length - 1) + 1 });

  // Legacy `ENV NAME the value`: one variable whose value is the rest of the line.
  if (keyword === 'ENV' && words.length > 0 && !words[0].text.includes('=')) {
    const [first, ...rest] = words;
    if (first.text.length === 0) return [];
    const value = rest.map((w) => w.text).join(' ');
    const end = rest.length > 0 ? rest[rest.length - 1].span.end : first.span.end;
    return [{ keyword, instruction, name: first.text, nameSpan: nameSpanOf(first, first.text.length), value, span: { start: first.span.start, end } }];
  }

  const out: Declaration[] = [];
  for (const word of words) {
    const eq = word.text.indexOf('=');
    const name = eq < 0 ? word.text : word.text.slice(0, eq);
    if (name.length === 0) continue;
    const declaration: Declaration = { keyword, instruction, name, nameSpan: nameSpanOf(word, name.length), span: word.span };
    if (eq >= 0) declaration.value = word.text.slice(eq + 1);
    out.push(declaration);
  }
  return out;
}
