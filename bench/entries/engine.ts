// Everything the in-process benchmarks call, bundled with the same esbuild settings as dist/ so the
// engine, the bare parsers and dockerfile-utils run the very module builds the extension ships.
export { lint } from '../../rules/src/index.js';
export { clearParseCaches, parseFile } from '../../rules/src/documents/parse.js';
export { parseAllDocuments } from 'yaml';
export { DockerfileParser } from 'dockerfile-ast';
export { validate as dockerfileUtilsValidate } from 'dockerfile-utils';
export { readSource } from '../../host/src/read-source.js';
export { folderWorkspace } from './folder-workspace.js';
