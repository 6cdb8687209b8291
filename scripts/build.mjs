// Bundles the extension client, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--watch] [--minify]
import { build, context } from 'esbuild';
import { buildWeb } from './build-web.mjs';
import { generateRuleIndex } from './gen-rule-index.mjs';
import { NODE_BUNDLE_OPTIONS } from './node-bundle-options.mjs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify') || process.env.SHIPSHAPE_MINIFY === '1';

const common = {
  ...NODE_BUNDLE_OPTIONS,
  sourcemap: true,
  minify,
  logLevel: 'warning',
};

const targets = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['cli/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

generateRuleIndex();

if (watch) {
  for (const t of targets) await (await context(t)).watch();
  console.log('watching…');
} else {
  await Promise.all([...targets.map((t) => build(t)), buildWeb({ minify })]);
}
