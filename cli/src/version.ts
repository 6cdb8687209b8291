// The version comes from package.json; esbuild inlines just this field into dist/cli.js, and tsx
// reads it from the source tree, so both agree without a file next to the bundle.
import { version } from '../../package.json';

export const VERSION: string = version;
