// Maps the client's `shipshape` settings section to an engine config layer and the server's own
// settings. VS Code sends keys the engine does not know (`enable`, `trace`, `scope`), so only the
// shared schema's keys are validated by the engine.
import { KNOWN_RULE_IDS, validateConfig, type Config, type ConfigProblem } from '../../rules/src/index.js';

export type LintScope = 'workspace' | 'openFiles';

/** Files larger than this are not linted unless the user raises `shipshape.maxFileSize`. */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

export interface EditorSettings {
  /** `shipshape.enable: false` turns linting off: nothing is published. */
  enable: boolean;
  /** `shipshape.scope`: publish findings for every workspace file, or for open files only. */
  scope: LintScope;
  /** `shipshape.maxFileSize` in bytes. */
  maxFileSize: number;
  config: Partial<Config>;
  problems: ConfigProblem[];
}

const CONFIG_KEYS = ['rules', 'profile', 'kubernetesVersion', 'trustedRegistries', 'exclude', 'honorPeerSuppressions'] as const;

export function readEditorSettings(raw: unknown): EditorSettings {
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    return { enable: true, scope: 'workspace', maxFileSize: DEFAULT_MAX_FILE_SIZE, config: {}, problems: [] };
  }
  const settings = raw as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    if (settings[key] !== undefined && settings[key] !== null) picked[key] = settings[key];
  }
  const { config, problems } = validateConfig(picked, KNOWN_RULE_IDS);
  const scope: LintScope = settings.scope === 'openFiles' ? 'openFiles' : 'workspace';
  if (settings.scope !== undefined && settings.scope !== 'openFiles' && settings.scope !== 'workspace') {
    problems.push({ path: 'scope', message: '"scope" must be workspace or openFiles.' });
  }
  const size = settings.maxFileSize;
  const validSize = typeof size === 'number' && Number.isFinite(size) && size >= 0;
  if (size !== undefined && size !== null && !validSize) problems.push({ path: 'maxFileSize', message: '"maxFileSize" must be a number of bytes (0 or more).' });
  return { enable: settings.enable !== false, scope, maxFileSize: validSize ? size : DEFAULT_MAX_FILE_SIZE, config, problems };
}
