// The exec (JSON) form of RUN, CMD, ENTRYPOINT, ADD, COPY…: `["a", "b"]`. Docker falls back to
// the shell form whenever the text is not a JSON array of strings, and so do we.
import type { SourceText } from './source.js';
import { WordText, type Word } from './word-text.js';

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The array's strings as words, or undefined when the text is not the exec form. */
export function parseExecForm(source: SourceText): Word[] | undefined {
  const t = source.text;
  let i = skipBlanks(t, 0);
  if (t[i] !== '[') return undefined;
  i = skipBlanks(t, i + 1);
  const words: Word[] = [];
  const out = new WordText(source);
  if (t[i] === ']') return skipBlanks(t, i + 1) === t.length ? words : undefined;
  for (;;) {
    if (t[i] !== '"') return undefined;
    const start = i;
    out.start();
    i++;
    while (i < t.length && t[i] !== '"') {
      if (t[i] === '\\') {
        const e = t[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
          out.add(String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16)), i);
          i += 6;
        } else if (e !== undefined && Object.hasOwn(JSON_ESCAPES, e)) {
          out.add(JSON_ESCAPES[e], i + 1);
          i += 2;
        } else return undefined;
      } else if (t[i] === '\n' || t[i] === '\r') {
        return undefined;
      } else {
        out.add(t[i], i);
        i++;
      }
    }
    if (i >= t.length) return undefined;
    i++;
    words.push(out.word(start, i, true));
    i = skipBlanks(t, i);
    if (t[i] === ']') return skipBlanks(t, i + 1) === t.length ? words : undefined;
    if (t[i] !== ',') return undefined;
    i = skipBlanks(t, i + 1);
  }
}

function skipBlanks(t: string, i: number): number {
  while (i < t.length && /\s/.test(t[i])) i++;
  return i;
}
