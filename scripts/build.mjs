// Bundles the extension client, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--watch] [--minify]
import { build, context } from 'esbuild';
import { buildWeb } from './build-web.mjs';
import { generateRuleIndex } from './gen-rule-index.mjs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify') || process.env.SHIPSHAPE_MINIFY === '1';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  // dockerfile-ast and vscode-languageserver ship UMD modules; prefer their ES builds when present.
  mainFields: ['module', 'main'],
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
