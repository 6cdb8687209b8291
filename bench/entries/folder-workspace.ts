// A folder as the CLI sees it: its configuration (.shipshape.yaml and the defaults), its files
// after the walk's excludes, and the workspace index rules read the rest of the workspace from.
import { loadRunConfig } from '../../cli/src/load-config.js';
import { walkFiles } from '../../host/src/walk.js';
import { DiskWorkspaceIndex } from '../../host/src/workspace-index.js';

export function folderWorkspace(dir: string) {
  const { config, excludeBase } = loadRunConfig(undefined, [], dir);
  const files = [...walkFiles([dir], { base: dir, exclude: config.exclude, excludeBase })];
  return { config, files, workspace: new DiskWorkspaceIndex(files, dir) };
}
