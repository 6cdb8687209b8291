// Regression fixtures: a failing case, shrunk by fast-check, saved as
// test/fuzz/regressions/<kind>-<hash>.<ext>. The kind gives the file name it is linted under; the
// expected property is that every property of properties.ts holds (check() returns nothing).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REGRESSIONS_DIR = join(__dirname, 'regressions');

/** Linted name per kind; `.json`, `.yaml` and no extension (Dockerfile) come from the fixture's own name. */
const NAME_OF_KIND: Record<string, string> = {
  dockerfile: 'Dockerfile',
  compose: 'compose.yaml',
  k8s: 'manifest.yaml',
  daemon: 'daemon.json',
  kubeconfig: 'kubeconfig.yaml',
  template: 'chart/templates/deployment.yaml',
};

function kindOf(fileName: string): string {
  if (/(^|[\\/])templates[\\/]/.test(fileName)) return 'template';
  if (/dockerfile|containerfile/i.test(fileName)) return 'dockerfile';
  if (/compose/i.test(fileName)) return 'compose';
  if (/\.json$/i.test(fileName)) return 'daemon';
  if (/kubeconfig/i.test(fileName)) return 'kubeconfig';
  return 'k8s';
}

const EXTENSION: Record<string, string> = { dockerfile: 'Dockerfile', daemon: 'json' };

export interface Regression {
  path: string;
  fileName: string;
  text: string;
}

/** Fixed bugs (`regressions/`), or known unfixed ones (`regressions/known/`, see its README.md). */
export function loadRegressions(dir = REGRESSIONS_DIR): Regression[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.md'))
    .map((e) => e.name)
    .sort()
    .map((name) => ({ path: join(dir, name), fileName: NAME_OF_KIND[name.split('-')[0]] ?? 'manifest.yaml', text: readFileSync(join(dir, name), 'utf8') }));
}

export const KNOWN_DIR = join(REGRESSIONS_DIR, 'known');

/** Saves a (shrunk) failing case; returns its path. The same text is saved once. */
export function saveRegression(fileName: string, text: string): string {
  const kind = kindOf(fileName);
  if (!NAME_OF_KIND[kind] || NAME_OF_KIND[kind] !== fileName) fileName = NAME_OF_KIND[kind];
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  mkdirSync(REGRESSIONS_DIR, { recursive: true });
  const path = join(REGRESSIONS_DIR, `${kind}-${hash}.${EXTENSION[kind] ?? 'yaml'}`);
  writeFileSync(path, text);
  return path;
}

/** The name a case is linted under once saved, so the replay sees what the fuzzer saw. */
export function regressionName(fileName: string): string {
  return NAME_OF_KIND[kindOf(fileName)];
}
