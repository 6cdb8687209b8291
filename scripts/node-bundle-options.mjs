// esbuild options every Node bundle shares: dist/ (scripts/build.mjs) and the benchmarks' bundles
// (bench/bundle.mjs), so that benchmarks time the very module builds the extension ships.
import { fileURLToPath } from 'node:url';

export const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // dockerfile-ast and vscode-languageserver ship UMD modules; prefer their ES builds when present.
  mainFields: ['module', 'main'],
  alias: {
    // yaml's package sends Node to its CommonJS build, whose every export the bundle reads through
    // a getter, and whose modules call each other through require() objects; its ES build (what the
    // web bundle uses, the same code) is bundled flat: YAML parses ~20 % faster. The one difference,
    // warnings through console.warn instead of process.emitWarning, does not matter here.
    yaml: fileURLToPath(new URL('../node_modules/yaml/browser/index.js', import.meta.url)),
  },
};
