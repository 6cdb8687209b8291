// The WorkspaceFileSystem and URI mapping of the Node server: reads the disk, lists a folder with
// the CLI's walker (node_modules, .git and .gitignored paths skipped, exclude globs applied).
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripBom } from '../../host/src/read-source.js';
import { walkFiles } from '../../host/src/walk.js';
import type { WorkspaceFileSystem } from './file-system.js';
import type { UriMapper } from './uri.js';
import { isWorkspaceFile } from './workspace-state.js';

/** How far into a file to look for a NUL byte to call it binary (as git does). */
const BINARY_PROBE_BYTES = 8 * 1024;

export class NodeFileSystem implements WorkspaceFileSystem {
  async readFile(path: string): Promise<string | undefined> {
    try {
      const bytes = await readFile(path);
      if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return undefined;
      return stripBom(bytes.toString('utf8'));
    } catch {
      return undefined;
    }
  }

  async stat(path: string): Promise<{ size: number } | undefined> {
    try {
      const s = await stat(path);
      return s.isFile() ? { size: s.size } : undefined;
    } catch {
      return undefined;
    }
  }

  async listFiles(folder: string, exclude: readonly string[], limit: number): Promise<string[]> {
    const out: string[] = [];
    try {
      // Sizes are judged by the server (its limit is a setting), so the walker keeps every size.
      for (const path of walkFiles([], { base: folder, exclude, maxFileSize: Number.POSITIVE_INFINITY, include: (name) => isWorkspaceFile(name) })) {
        out.push(path);
        if (out.length >= limit) break;
      }
    } catch {
      // A folder that vanished or cannot be read lists nothing.
    }
    return out;
  }
}

export const nodeUris: UriMapper = {
  toPath: (uri) => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  },
  toUri: (path) => pathToFileURL(path).href,
};
