// The workspace folders the client opened: a file's folder bounds the upward search for
// `.shipshape.yaml`, is the base of relative `exclude` globs and is the unit of the workspace scan.
import type { InitializeParams, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { isInside } from './paths.js';
import type { UriMapper } from './uri.js';

export interface Folder {
  uri: string;
  path: string;
}

export class WorkspaceFolders {
  private folders: Folder[] = [];

  constructor(private readonly uris: UriMapper) {}

  /** Takes the folders from `initialize` (workspaceFolders, else rootUri, else rootPath). */
  initialize(params: InitializeParams): void {
    this.folders = [];
    if (params.workspaceFolders && params.workspaceFolders.length > 0) {
      for (const f of params.workspaceFolders) this.add(f.uri);
    } else if (params.rootUri) {
      this.add(params.rootUri);
    } else if (params.rootPath) {
      this.folders.push({ path: params.rootPath, uri: this.uris.toUri(params.rootPath) });
    }
  }

  update(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((f) => f.uri));
    this.folders = this.folders.filter((f) => !removed.has(f.uri));
    for (const f of event.added) this.add(f.uri);
  }

  all(): readonly Folder[] {
    return this.folders;
  }

  /** The innermost workspace folder containing `path`, if any. */
  folderOf(path: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.folders) {
      if (isInside(path, folder.path) && (best === undefined || folder.path.length > best.path.length)) best = folder;
    }
    return best;
  }

  private add(uri: string): void {
    // Only folders the file system can read hold config files and files to scan.
    const path = this.uris.toPath(uri);
    if (path !== undefined && !this.folders.some((f) => f.uri === uri)) this.folders.push({ uri, path });
  }
}
