// One configuration schema for `.shipshape.yaml`, VS Code settings and the CLI's --config.
import type { SeveritySetting } from './types.js';
import { DEFAULT_MAX_FILE_SIZE } from './limits.js';

export interface Config {
  rules: Record<string, SeveritySetting>;
  profile: 'baseline' | 'restricted';
  kubernetesVersion: string;
  trustedRegistries: string[];
  exclude: string[];
  honorPeerSuppressions: boolean;
  /** Run only these rules (CLI `--rule`), including ones that are off by default. */
  only?: string[];
  /** Build target stage for Dockerfile final-stage rules. */
  target?: string;
  /** Files larger than this many bytes (UTF-8) are not parsed; lint reports shipshape/file-too-large. */
  maxFileSize?: number;
}

/** Newest Kubernetes minor version whose Pod Security Standards the engine knows. */
export const NEWEST_KUBERNETES_VERSION = '1.37';

export const DEFAULT_CONFIG: Config = Object.freeze({
  rules: {},
  profile: 'restricted',
  kubernetesVersion: NEWEST_KUBERNETES_VERSION,
  trustedRegistries: [],
  exclude: [],
  honorPeerSuppressions: true,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
}) as Config;

const SEVERITIES = new Set(['off', 'error', 'warning', 'info', 'hint']);
const SEVERITY_ALIASES: Record<string, SeveritySetting> = { information: 'info', warn: 'warning' };

export interface ConfigProblem {
  /** Dotted path of the offending key, e.g. `rules.k8s/foo`. */
  path: string;
  message: string;
}

export interface ValidatedConfig {
  config: Partial<Config>;
  problems: ConfigProblem[];
}

/** Checks a raw config object (from YAML, JSON or settings) against the schema. */
export function validateConfig(raw: unknown, knownRuleIds: ReadonlySet<string>): ValidatedConfig {
  const problems: ConfigProblem[] = [];
  const config: Partial<Config> = {};
  if (raw === null || raw === undefined) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: [{ path: '', message: 'The configuration must be a mapping of settings.' }] };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case 'rules': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problems.push({ path: key, message: '"rules" must map rule ids to off, error, warning, info or hint.' });
          break;
        }
        const rules: Record<string, SeveritySetting> = {};
        for (const [id, sev] of Object.entries(value as Record<string, unknown>)) {
          const s = typeof sev === 'string' ? (SEVERITY_ALIASES[sev] ?? sev) : sev;
          if (!knownRuleIds.has(id)) problems.push({ path: `rules.${id}`, message: `Unknown rule id "${id}".` });
          else if (typeof s !== 'string' || !SEVERITIES.has(s)) problems.push({ path: `rules.${id}`, message: `Severity of "${id}" must be off, error, warning, info or hint.` });
          else rules[id] = s as SeveritySetting;
        }
        config.rules = rules;
        break;
      }
      case 'profile':
        if (value === 'baseline' || value === 'restricted') config.profile = value;
        else problems.push({ path: key, message: '"profile" must be baseline or restricted.' });
        break;
      case 'kubernetesVersion': {
        const v = typeof value === 'number' ? String(value) : value;
        // YAML reads `1.30` as the number 1.3: a one-digit minor from a number is ambiguous.
        if (typeof value === 'number' && /^1\.\d$/.test(v as string)) problems.push({ path: key, message: `Write "kubernetesVersion" as a quoted string: YAML reads ${v}0 as the number ${v}.` });
        else if (typeof v === 'string' && /^v?1\.\d+(\.\d+)?$/.test(v)) config.kubernetesVersion = v.replace(/^v/, '');
        else problems.push({ path: key, message: '"kubernetesVersion" must look like "1.30".' });
        break;
      }
      case 'trustedRegistries':
      case 'exclude':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) config[key] = value as string[];
        else problems.push({ path: key, message: `"${key}" must be a list of strings.` });
        break;
      case 'honorPeerSuppressions':
        if (typeof value === 'boolean') config.honorPeerSuppressions = value;
        else problems.push({ path: key, message: '"honorPeerSuppressions" must be true or false.' });
        break;
      case 'maxFileSize':
        if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) config.maxFileSize = value;
        else problems.push({ path: key, message: '"maxFileSize" must be a positive whole number of bytes.' });
        break;
      case 'target':
        if (typeof value === 'string') config.target = value;
        else problems.push({ path: key, message: '"target" must be a stage name.' });
        break;
      default:
        problems.push({ path: key, message: `Unknown setting "${key}".` });
    }
  }
  return { config, problems };
}

/** Later layers win; `rules` maps are merged key by key. */
export function mergeConfig(...layers: (Partial<Config> | undefined)[]): Config {
  const out: Config = { ...DEFAULT_CONFIG, rules: {} };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer)) {
      if (v === undefined) continue;
      if (k === 'rules') out.rules = { ...out.rules, ...(v as Config['rules']) };
      else (out as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

/** Compares Kubernetes minor versions: `atLeast('1.34', config)`. */
export function kubernetesMinor(version: string): number {
  const m = /^v?1\.(\d+)/.exec(version);
  return m ? Number(m[1]) : Number(NEWEST_KUBERNETES_VERSION.split('.')[1]);
}
