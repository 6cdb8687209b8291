// Docker's own word splitting for ENV, ARG and LABEL arguments: whitespace separates words,
// quotes group and are removed, the escape character escapes. Shell operators mean nothing here.
import { spanIn, type SourceText } from './source.js';
import type { Word } from './shell.js';

export function dockerWords(source: SourceText, escapeChar: string): Word[] {
  const t = source.text;
  const words: Word[] = [];
  let i = 0;
  while (i < t.length) {
    if (/\s/.test(t[i])) {
      i++;
      continue;
    }
    const start = i;
    let text = '';
    const offsets: number[] = [];
    let quoted = false;
    let quote: string | undefined;
    while (i < t.length && (quote || !/\s/.test(t[i]))) {
      const c = t[i];
      if (c === escapeChar && i + 1 < t.length && quote !== "'") {
        quoted = true;
        text += t[i + 1];
        offsets.push(source.offsets[i + 1]);
        i += 2;
      } else if (c === quote) {
        quote = undefined;
        i++;
      } else if (!quote && (c === '"' || c === "'")) {
        quote = c;
        quoted = true;
        i++;
      } else {
        text += c;
        offsets.push(source.offsets[i]);
        i++;
      }
    }
    words.push({ text, offsets, span: spanIn(source, start, i), quoted });
  }
  return words;
}
