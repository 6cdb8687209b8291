// ARG expansion in FROM. Only the global ARGs (declared before the first FROM) are visible there.
// A default the author wrote (`${BASE:-alpine:3.20}`) is what a plain build uses, so it counts;
// anything that depends on a build argument we cannot see makes the whole result undefined, and
// rules then say nothing about it.
import type { RuleContext } from '../rule.js';
import { declarations } from './declarations.js';

/** Variable name → its default, or undefined when declared without one (only a build-arg sets it). */
export type ArgValues = ReadonlyMap<string, string | undefined>;

export function globalArgs(ctx: RuleContext): ArgValues {
  return ctx.memo('dockerfile/global-args', () => {
    const values = new Map<string, string | undefined>();
    const escape = ctx.file.dockerfile?.getEscapeCharacter() ?? '\\';
    for (const arg of ctx.file.dockerfile?.getInitialARGs() ?? []) {
      for (const d of declarations(ctx, arg)) {
        values.set(d.name, d.value === undefined ? undefined : expandArgs(d.value, values, escape));
      }
    }
    return values;
  });
}

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`
 * (and `${VAR:?msg}` / `${VAR?msg}`). Undefined when the result depends on an unknown value.
 */
export function expandArgs(text: string, values: ArgValues, escapeChar = '\\'): string | undefined {
  return new Expander(text, values, escapeChar).expand(0, text.length);
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

class Expander {
  constructor(
    private readonly text: string,
    private readonly values: ArgValues,
    private readonly escapeChar: string,
  ) {}

  /** Expands text[from, to). */
  expand(from: number, to: number): string | undefined {
    const t = this.text;
    let out = '';
    let i = from;
    while (i < to) {
      const c = t[i];
      if (c === this.escapeChar && t[i + 1] === '$') {
        out += '$';
        i += 2;
      } else if (c === '$' && t[i + 1] === '{') {
        const close = this.closingBrace(i + 2, to);
        if (close < 0) return undefined;
        const value = this.braced(i + 2, close);
        if (value === undefined) return undefined;
        out += value;
        i = close + 1;
      } else if (c === '$' && NAME.test(t.slice(i + 1, to))) {
        const name = NAME.exec(t.slice(i + 1, to))![0];
        const value = this.known(name);
        if (value === undefined) return undefined;
        out += value;
        i += 1 + name.length;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  /** The inside of `${…}`: a name, then optionally an operator and a word. */
  private braced(from: number, close: number): string | undefined {
    const inner = this.text.slice(from, close);
    const name = NAME.exec(inner)?.[0];
    if (!name) return undefined;
    const op = /^(:-|-|:\+|\+|:\?|\?)?/.exec(inner.slice(name.length))![0];
    const wordFrom = from + name.length + op.length;
    if (!op) return wordFrom === close ? this.known(name) : undefined; // ${VAR#…}, ${VAR/…}: not supported
    const value = this.known(name);
    const set = value !== undefined;
    const nonEmpty = set && value !== '';
    switch (op) {
      case ':-':
        return nonEmpty ? value : this.expand(wordFrom, close);
      case '-':
        return set ? value : this.expand(wordFrom, close);
      // Whether a build sets the variable is unknowable, so an alternative for it is too.
      case ':+':
        return nonEmpty ? this.expand(wordFrom, close) : set ? '' : undefined;
      case '+':
        return set ? this.expand(wordFrom, close) : undefined;
      case ':?':
        return nonEmpty ? value : undefined;
      default:
        return set ? value : undefined;
    }
  }

  private known(name: string): string | undefined {
    return this.values.get(name);
  }

  private closingBrace(from: number, to: number): number {
    let depth = 1;
    for (let i = from; i < to; i++) {
      if (this.text[i] === this.escapeChar) i++;
      else if (this.text[i] === '{') depth++;
      else if (this.text[i] === '}' && --depth === 0) return i;
    }
    return -1;
  }
}
