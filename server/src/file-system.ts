// What the server needs from the workspace's files, so one server core runs in Node (reading the
// disk) and in a browser Worker for vscode.dev (asking the client, which reads through VS Code's
// file system API). Paths are file-system paths on Node and URI paths in the browser.
export interface FileStat {
  size: number;
}

export interface WorkspaceFileSystem {
  /** The file's text, or undefined when it does not exist, is not text, or cannot be read. */
  readFile(path: string): Promise<string | undefined>;
  /** Size of a file, or undefined when it does not exist. */
  stat(path: string): Promise<FileStat | undefined>;
  /**
   * Files under a workspace folder that Shipshape may lint or consult (Dockerfiles, YAML, daemon.json,
   * `.dockerignore`, `.shipshape.yaml`), skipping `node_modules`, `.git`, `.gitignore`d paths and the
   * given exclude globs. Bounded: a huge workspace yields its first `limit` files.
   */
  listFiles(folder: string, exclude: readonly string[], limit: number): Promise<string[]>;
}
