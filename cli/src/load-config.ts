// The configuration a CLI run uses: --config FILE, else the nearest .shipshape.yaml upwards from
// the current directory, else the defaults; --rule ids become `only`.
import { dirname, relative, resolve, sep } from 'node:path';
import { findConfigFile, loadConfigFile } from '../../host/src/config-file.js';
import { getRule, mergeConfig, type Config } from '../../rules/src/index.js';
import { UsageError } from './args.js';

export interface RunConfig {
  config: Config;
  /** Directory the config's `exclude` globs are relative to: the config file's, else the current one. */
  excludeBase: string;
}

/** Problems in the config file, one `FILE: path: message` line each. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export function loadRunConfig(explicitPath: string | undefined, onlyRules: readonly string[], cwd: string): RunConfig {
  const unknown = onlyRules.filter((id) => !getRule(id));
  if (unknown.length > 0) throw new UsageError(`unknown rule id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} (see shipshape rules)`);
  const only = onlyRules.length > 0 ? { only: [...new Set(onlyRules)] } : undefined;

  const path = explicitPath !== undefined ? resolve(cwd, explicitPath) : findConfigFile(cwd);
  if (path === undefined) return { config: mergeConfig(only), excludeBase: cwd };

  const shown = explicitPath ?? displayPath(path, cwd);
  const loaded = loadConfigFile(path);
  if (loaded.error) throw new ConfigError([loaded.error.replace(path, shown)]);
  if (loaded.problems.length > 0) {
    throw new ConfigError(loaded.problems.map((p) => (p.path ? `${shown}: ${p.path}: ${p.message}` : `${shown}: ${p.message}`)));
  }
  return { config: mergeConfig(loaded.config, only), excludeBase: dirname(path) };
}

/** Relative to the current directory with `/` separators, as every path the CLI prints. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}
