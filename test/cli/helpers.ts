// Runs the bundled CLI (dist/cli.js) against fixture trees in temporary directories.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';

/**
 * The repository root, found from the working directory (the test runner starts in it) rather than
 * import.meta or __dirname, which only one of the CommonJS/ESM module settings allows.
 */
export const REPO = findRepository(process.cwd());
export const CLI = join(REPO, 'dist/cli.js');

function findRepository(dir: string): string {
  if (existsSync(join(dir, 'cli/src/cli.ts'))) return dir;
  const parent = dirname(dir);
  if (parent === dir) throw new Error('run the tests from the Shipshape repository');
  return findRepository(parent);
}

/** dist/cli.js from `npm run build`; built once here when a test run starts without it. */
function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  ensureBuilt();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonFinding {
  file: string;
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  object: string | null;
  fix: 'safe' | 'unsafe' | null;
}

export function runJson(args: string[], cwd: string): { status: number | null; findings: JsonFinding[]; stderr: string } {
  const r = runCli(['--format', 'json', ...args], cwd);
  return { status: r.status, findings: JSON.parse(r.stdout) as JsonFinding[], stderr: r.stderr };
}

/** The distinct files that have findings, sorted. */
export function filesOf(findings: JsonFinding[]): string[] {
  return [...new Set(findings.map((f) => f.file))].sort();
}

/** Writes `files` (path → text or bytes) under a new temporary directory, removed after the test file. */
export function fixture(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

// Fixture texts; positions in them are asserted, so edit with care.

/** One error from k8s/privileged-container at `privileged: true` (line 10). */
export const PRIVILEGED_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        privileged: true
`;

/** No k8s/privileged-container finding, but k8s/allow-privilege-escalation (a warning). */
export const PLAIN_POD = `apiVersion: v1
kind: Pod
metadata:
  name: plain
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

/** k8s/privileged-container stays quiet; allow-privilege-escalation and run-as-non-root too. */
export const HARDENED_POD = `apiVersion: v1
kind: Pod
metadata:
  name: hardened
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        allowPrivilegeEscalation: false
        privileged: false
`;

/** compose/privileged (error, line 4) and compose/pids-limit (warning). */
export const PRIVILEGED_COMPOSE = `services:
  web:
    image: nginx:1.27
    privileged: true
`;

/** daemon/inter-container-communication, with a safe fix. */
export const ICC_DAEMON = `{ "icc": true }\n`;

/** dockerfile/root-user. */
export const ROOT_DOCKERFILE = `FROM nginx:1.27\nUSER root\n`;
