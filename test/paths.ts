// Absolute paths into the repository, for tests (which run as CommonJS through tsx).
import { join } from 'node:path';

export const REPO = join(__dirname, '..');
export const DOCS_DIR = join(REPO, 'rules', 'docs');
export const RULES_SRC = join(REPO, 'rules', 'src');
export const EXAMPLES = join(REPO, 'examples');
