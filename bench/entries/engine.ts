// Everything the in-process benchmarks call, bundled with the same esbuild settings as dist/ so the
// engine, the bare parsers and dockerfile-utils run the very module builds the extension ships.
export { lint } from '../../rules/src/index.js';
export { clearParseCaches, parseFile } from '../../rules/src/documents/parse.js';
export { LineCounter, parseAllDocuments } from 'yaml';
export { DockerfileParser } from 'dockerfile-ast';
export { validate as dockerfileUtilsValidate } from 'dockerfile-utils';
export { walkFiles } from '../../host/src/walk.js';
export { readSource } from '../../host/src/read-source.js';
export { DiskWorkspaceIndex } from '../../host/src/workspace-index.js';
export { loadRunConfig, displayPath } from '../../cli/src/load-config.js';
export { formatJson } from '../../cli/src/format/json.js';
