// Parsing `.shipshape.yaml` text: no file system, so the language server can use it in a browser too.
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

export function parseConfigText(text: string, path: string): LoadedConfig {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return { path, config: {}, problems: [], error: `${path}: ${doc.errors[0].message.split('\n')[0]}` };
  const { config, problems } = validateConfig(doc.toJS({ maxAliasCount: 100 }), KNOWN_RULE_IDS);
  return { path, config, problems };
}
