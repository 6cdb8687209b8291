// The workspace's files as the browser server sees them: a Worker has no disk, so every read is a
// request to the client, which answers through VS Code's file system API (client/src/file-requests.ts).
// In the browser a "path" is the document's URI string itself (`uriPaths` in language-server.ts):
// exact both ways, whatever the scheme (`vscode-vfs://github/…`, `file:///…`) and however VS Code
// encoded it, so it is sent to the client as it is.
//
// A client that does not know these requests (a plain LSP client, an older Shipshape) answers
// with an error: that reads as "no such file", so the server lints open documents as before.
import {
  LIST_FILES_REQUEST,
  READ_FILE_REQUEST,
  STAT_FILE_REQUEST,
  type ListFilesParams,
  type ListFilesResult,
  type ReadFileParams,
  type ReadFileResult,
  type StatFileResult,
} from './protocol.js';
import type { FileStat, WorkspaceFileSystem } from './file-system.js';
import { describeError, type Logger } from './log.js';

/** The part of an LSP connection this needs (the real Connection fits). */
export interface ClientRequester {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

export class ClientFileSystem implements WorkspaceFileSystem {
  /** Methods whose failure was already logged: a client without them would otherwise flood the log. */
  private readonly failed = new Set<string>();

  constructor(
    private readonly client: ClientRequester,
    private readonly log?: Logger,
  ) {}

  async readFile(path: string): Promise<string | undefined> {
    const params: ReadFileParams = { uri: path };
    const text = await this.request<ReadFileResult>(READ_FILE_REQUEST, params);
    return typeof text === 'string' ? text : undefined;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const params: ReadFileParams = { uri: path };
    const stat = await this.request<StatFileResult>(STAT_FILE_REQUEST, params);
    return stat && typeof stat.size === 'number' ? { size: stat.size } : undefined;
  }

  async listFiles(folder: string, exclude: readonly string[], limit: number): Promise<string[]> {
    const params: ListFilesParams = { folderUri: folder, exclude: [...exclude], limit };
    const files = await this.request<ListFilesResult>(LIST_FILES_REQUEST, params);
    if (!Array.isArray(files)) return [];
    // The client is trusted to bound the list, but a Worker must not drown in a buggy answer.
    return files.filter((f): f is string => typeof f === 'string').slice(0, Math.max(0, limit));
  }

  private async request<R>(method: string, params: unknown): Promise<R | undefined> {
    try {
      return await this.client.sendRequest<R>(method, params);
    } catch (error) {
      if (!this.failed.has(method)) {
        this.failed.add(method);
        this.log?.warn(`The client did not answer ${method}: ${describeError(error)}`);
      }
      return undefined;
    }
  }
}
