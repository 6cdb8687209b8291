// Finding and reading `.shipshape.yaml` on disk, for the CLI and the language server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { KNOWN_RULE_IDS, validateConfig, type Config, type ConfigProblem } from '../../rules/src/index.js';

export const CONFIG_FILE_NAMES = ['.shipshape.yaml', '.shipshape.yml'];

export interface LoadedConfig {
  path: string;
  config: Partial<Config>;
  problems: ConfigProblem[];
  /** Set when the file cannot be read or is not valid YAML. */
  error?: string;
}

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

export function parseConfigText(text: string, path: string): LoadedConfig {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return { path, config: {}, problems: [], error: `${path}: ${doc.errors[0].message.split('\n')[0]}` };
  const { config, problems } = validateConfig(doc.toJS({ maxAliasCount: 100 }), KNOWN_RULE_IDS);
  return { path, config, problems };
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
