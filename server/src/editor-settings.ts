// Maps the client's `shipshape` settings section to an engine config layer. VS Code sends keys the
// engine does not know (`enable`, `trace`), so only the shared schema's keys are validated.
import { KNOWN_RULE_IDS, validateConfig, type Config, type ConfigProblem } from '../../rules/src/index.js';

export interface EditorSettings {
  /** `shipshape.enable: false` turns linting off: nothing is published. */
  enable: boolean;
  config: Partial<Config>;
  problems: ConfigProblem[];
}

const CONFIG_KEYS = ['rules', 'profile', 'kubernetesVersion', 'trustedRegistries', 'exclude', 'honorPeerSuppressions'] as const;

export function readEditorSettings(raw: unknown): EditorSettings {
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    return { enable: true, config: {}, problems: [] };
  }
  const settings = raw as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    if (settings[key] !== undefined && settings[key] !== null) picked[key] = settings[key];
  }
  const { config, problems } = validateConfig(picked, KNOWN_RULE_IDS);
  return { enable: settings.enable !== false, config, problems };
}
