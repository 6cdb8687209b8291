// Requests between the Shipshape client and server beyond the LSP. Shared by both bundles.

/** Browser only: the server asks the client to read a workspace file (VS Code's file system API). */
export const READ_FILE_REQUEST = 'shipshape/readFile';
export interface ReadFileParams {
  uri: string;
}
/** The text, or null when the file does not exist or cannot be read. */
export type ReadFileResult = string | null;

/** Browser only: the size of a workspace file, or null when it does not exist. */
export const STAT_FILE_REQUEST = 'shipshape/statFile';
export type StatFileResult = { size: number } | null;

/** Browser only: the client lists a folder's candidate files (it applies `files.exclude`). */
export const LIST_FILES_REQUEST = 'shipshape/listFiles';
export interface ListFilesParams {
  folderUri: string;
  exclude: string[];
  limit: number;
}
export type ListFilesResult = string[];
