// The client's answers to the server's file requests (server/src/protocol.ts). The browser server
// runs in a Worker without a disk, so it reads the workspace through VS Code's file system API,
// which also reaches virtual workspaces (vscode.dev's GitHub repositories). Works from the desktop
// client too: nothing here needs Node.
//
// Every handler answers, never throws: a file that cannot be read is `null`, a folder that cannot
// be listed is `[]`, and the server treats both as "not there".
import ignore, { type Ignore } from 'ignore';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { isDaemonJsonName, isDockerfileName } from '../../rules/src/documents/detect.js';
import { enabledGlobs, isExcludedPath } from '../../server/src/exclude-globs.js';
import {
  LIST_FILES_REQUEST,
  READ_FILE_REQUEST,
  STAT_FILE_REQUEST,
  type ListFilesParams,
  type ListFilesResult,
  type ReadFileParams,
  type ReadFileResult,
  type StatFileResult,
} from '../../server/src/protocol.js';

/** How far into a file to look for a NUL byte, as git (and the CLI's read-source.ts) do to call a file binary. */
const BINARY_PROBE_BYTES = 8 * 1024;

/** Names a search can match cheaply; `isCandidate` then decides exactly, with the engine's own name rules. */
const CANDIDATE_GLOB =
  '**/{Dockerfile*,dockerfile*,Containerfile*,containerfile*,*.dockerfile,*.Dockerfile,*.containerfile,*.Containerfile,*.yaml,*.yml,*.YAML,*.YML,daemon.json,.dockerignore,*.dockerignore,Kustomization}';

/** Never worth searching, and can be huge. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/** The search returns this many times `limit` before filtering, so excluded files rarely crowd out real ones. */
const SEARCH_SLACK = 2;

type Log = Pick<vscode.LogOutputChannel, 'warn'>;

/** Registers the three handlers on the client; dispose to remove them. */
export function registerFileRequests(client: BaseLanguageClient, log?: Log): vscode.Disposable {
  const answer =
    <P, R>(method: string, fallback: R, handler: (params: P) => Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        log?.warn(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
        return fallback;
      }
    };
  return vscode.Disposable.from(
    client.onRequest(READ_FILE_REQUEST, answer<ReadFileParams, ReadFileResult>(READ_FILE_REQUEST, null, (p) => readText(p.uri))),
    client.onRequest(STAT_FILE_REQUEST, answer<ReadFileParams, StatFileResult>(STAT_FILE_REQUEST, null, (p) => statFile(p.uri))),
    client.onRequest(LIST_FILES_REQUEST, answer<ListFilesParams, ListFilesResult>(LIST_FILES_REQUEST, [], (p) => listFiles(p))),
  );
}

/** UTF-8 text without its byte-order mark, or null for a missing, unreadable or binary file. */
export async function readText(uri: string): Promise<ReadFileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri, true));
  } catch {
    return null;
  }
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return null;
  // TextDecoder drops a leading BOM; invalid bytes become U+FFFD, as the CLI reads them.
  return new TextDecoder('utf-8').decode(bytes);
}

export async function statFile(uri: string): Promise<StatFileResult> {
  try {
    const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri, true));
    return stat.type & vscode.FileType.File ? { size: stat.size } : null;
  } catch {
    return null;
  }
}

/**
 * The folder's candidate files as URIs: node_modules and .git skipped, then `files.exclude`,
 * `.gitignore` files and the given Shipshape `exclude` globs applied; at most `limit`.
 */
export async function listFiles(params: ListFilesParams): Promise<ListFilesResult> {
  const folder = vscode.Uri.parse(params.folderUri, true);
  const limit = Math.max(0, Math.floor(params.limit));
  if (limit === 0) return [];
  // A non-undefined exclude turns VS Code's own `files.exclude` handling off, so it is applied below.
  const skip = `{${ALWAYS_SKIPPED.join(',')}}`;
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, CANDIDATE_GLOB), skip, limit * SEARCH_SLACK);
  // Shipshape's `exclude` and `files.exclude`, with the server's glob semantics.
  const patterns = [...params.exclude, ...enabledGlobs(vscode.workspace.getConfiguration('files', folder).get('exclude'))];
  const ignored = await gitignoreFilter(folder, skip);
  const out: string[] = [];
  for (const uri of found) {
    const rel = relativePath(folder, uri);
    if (rel === undefined || !isCandidate(rel) || isExcludedPath(uri.path, patterns, folder.path) || ignored(rel)) continue;
    out.push(uri.toString());
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The server's `isWorkspaceFile` (workspace-state.ts): files the engine parses (its own name
 * rules) plus the neighbours rules consult (`.dockerignore`, `<name>.dockerignore`, kustomizations;
 * `kustomization.yaml` and `.shipshape.yaml` are YAML already). Restated here because importing
 * that module would bundle the whole engine into the client.
 */
function isCandidate(rel: string): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return isDockerfileName(name) || isDaemonJsonName(name) || /\.ya?ml$/i.test(name) || name.endsWith('.dockerignore') || name === 'Kustomization';
}

function relativePath(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority || !uri.path.startsWith(base)) return undefined;
  return uri.path.slice(base.length);
}

/**
 * `.gitignore` files anywhere in the folder, each applied to the paths below its own directory;
 * a deeper file's verdict (ignore or `!` re-include) overrides a shallower one's, as in git.
 */
async function gitignoreFilter(folder: vscode.Uri, skip: string): Promise<(rel: string) => boolean> {
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/.gitignore'), skip);
  const rules: { dir: string; matcher: Ignore }[] = [];
  for (const uri of files) {
    const rel = relativePath(folder, uri);
    const text = rel === undefined ? null : await readText(uri.toString());
    if (rel === undefined || text === null) continue;
    rules.push({ dir: rel.slice(0, rel.lastIndexOf('/') + 1), matcher: ignore().add(text) });
  }
  if (rules.length === 0) return () => false;
  rules.sort((a, b) => a.dir.length - b.dir.length);
  return (rel) => {
    let ignored = false;
    for (const { dir, matcher } of rules) {
      if (!rel.startsWith(dir)) continue;
      const verdict = matcher.test(rel.slice(dir.length));
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  };
}
