// Finding and reading `.shipshape.yaml` on disk, for the CLI and the language server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, parseConfigText, type LoadedConfig } from './config-text.js';

export { CONFIG_FILE_NAMES, parseConfigText, type LoadedConfig };

/** The nearest config file from `dir` upwards, not above `stopAt` (a workspace folder) when given. */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let cur = resolve(dir);
  const stop = stopAt ? resolve(stopAt) : undefined;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = join(cur, name);
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    if (cur === stop) return undefined;
    const parent = dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}

export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { path, config: {}, problems: [], error: `${path}: cannot read the config file (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  return parseConfigText(text, path);
}
