// ANSI colours for the text format, only when a person is looking (see useColor).
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const ANSI: Palette = { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), underline: wrap(4, 24) };
const PLAIN: Palette = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, underline: (s) => s };

/** Colour when stdout is a terminal and NO_COLOR (https://no-color.org) is unset or empty. */
export function useColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && !env.NO_COLOR;
}

export function palette(enabled: boolean): Palette {
  return enabled ? ANSI : PLAIN;
}
