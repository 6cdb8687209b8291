// Docker's own word splitting for ENV, ARG and LABEL arguments: whitespace separates words,
// quotes group and are removed, the escape character escapes. Shell operators mean nothing here.
import type { SourceText } from './source.js';
import { WordText, type Word } from './word-text.js';

export function dockerWords(source: SourceText, escapeChar: string): Word[] {
  const t = source.text;
  const words: Word[] = [];
  const out = new WordText(source);
  let i = 0;
  while (i < t.length) {
    if (isWhitespace(t, i)) {
      i++;
      continue;
    }
    const start = i;
    out.start();
    let quoted = false;
    let quote: string | undefined;
    while (i < t.length && (quote || !isWhitespace(t, i))) {
      const c = t[i];
      if (c === escapeChar && i + 1 < t.length && quote !== "'") {
        quoted = true;
        out.add(t[i + 1], i + 1);
        i += 2;
      } else if (c === quote) {
        quote = undefined;
        i++;
      } else if (!quote && (c === '"' || c === "'")) {
        quote = c;
        quoted = true;
        i++;
      } else {
        out.add(c, i);
        i++;
      }
    }
    words.push(out.word(start, i, quoted));
  }
  return words;
}

/** `/\s/` for character i, with ASCII answered without the pattern. */
function isWhitespace(t: string, i: number): boolean {
  const code = t.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(t[i]);
}
