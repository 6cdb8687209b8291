// Bundles the web extension (vscode.dev): dist/web/extension.js, the client the manifest's
// `browser` entry loads into VS Code's web extension host, and dist/web/server.js, the language
// server it starts as a Web Worker.
// Usage: node scripts/build-web.mjs [--minify] [--outdir DIR]
// build.mjs can `import { buildWeb } from './build-web.mjs'` to build both flavours in one go.
//
// There are no Node built-ins in a browser. The engine (rules/src) and the server core are written
// without fs/path/url/process, so a Node built-in imported by our code fails this build, naming
// the importing file, instead of shipping a bundle that breaks only in vscode.dev. One dependency
// needs a patch rather than a shim: dockerfile-ast calls Node's global `Buffer` to UTF-8-encode one
// character (see patchDockerfileAst); a global Buffer shim would mislead other code that tests
// `typeof Buffer` (yaml decodes !!binary with it), so only that call is rewritten.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { pathToFileURL } from 'node:url';
import { generateRuleIndex } from './gen-rule-index.mjs';

const common = {
  bundle: true,
  platform: 'browser',
  // What VS Code's web extension host and its Workers run (recent Chromium, Firefox, Safari).
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
  // Some dependencies mention `process.env.NODE_ENV`; the web has no `process`.
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Turns esbuild's "could not resolve" for a Node built-in into a message that says what to do. */
const rejectNodeBuiltins = {
  name: 'reject-node-builtins',
  setup(b) {
    const names = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/g, '\\/'));
    const filter = new RegExp(`^(node:)?(${names.join('|')})(\\/.*)?$`);
    b.onResolve({ filter }, async (args) => {
      // A package may map a built-in away for browsers (its `browser` field): only unresolvable imports fail.
      if (!args.importer.includes('node_modules')) {
        return {
          errors: [
            {
              text: `"${args.path}" is a Node built-in, which the web build cannot use (imported by ${args.importer}).`,
              detail: 'The engine and the server core must stay platform-neutral: take file access through WorkspaceFileSystem and paths through server/src/paths.ts.',
            },
          ],
        };
      }
      return undefined;
    });
  },
};

/**
 * dockerfile-ast's `Util.isUTF8BOM` encodes a character with `Buffer.from(char, "UTF-8")`, which
 * throws in a browser on every parse; `TextEncoder` gives the same UTF-8 bytes. The build fails if
 * a new dockerfile-ast version no longer has that call, so the patch is revisited, not silently lost.
 */
const patchDockerfileAst = {
  name: 'patch-dockerfile-ast-buffer',
  setup(b) {
    b.onLoad({ filter: /[\\/]dockerfile-ast[\\/]lib[\\/]util\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const call = 'Buffer.from(char, "UTF-8")';
      if (!source.includes(call)) {
        return { errors: [{ text: `dockerfile-ast changed: ${args.path} no longer contains ${call}; check it for Node-only globals and update patchDockerfileAst.` }] };
      }
      return { contents: source.replace(call, 'new TextEncoder().encode(char)'), loader: 'js' };
    });
  },
};

/** The two bundles' esbuild options, for `outdir` (default dist/web). */
export function webTargets({ outdir = 'dist/web', minify = false } = {}) {
  return [
    {
      ...common,
      minify,
      entryPoints: ['client/src/browser-extension.ts'],
      outfile: `${outdir}/extension.js`,
      // VS Code's web extension host loads extensions as CommonJS and provides `vscode`.
      format: 'cjs',
      external: ['vscode'],
      plugins: [rejectNodeBuiltins],
    },
    {
      ...common,
      minify,
      entryPoints: ['server/src/browser-server.ts'],
      outfile: `${outdir}/server.js`,
      // A classic Worker script: no module loader inside a Worker created from a URL.
      format: 'iife',
      plugins: [rejectNodeBuiltins, patchDockerfileAst],
    },
  ];
}

/** Builds both web bundles; rejects with esbuild's errors when one cannot be built. */
export async function buildWeb(options = {}) {
  await Promise.all(webTargets(options).map((t) => build(t)));
}

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  generateRuleIndex();
  try {
    await buildWeb({
      outdir: argValue('--outdir'),
      minify: process.argv.includes('--minify') || process.env.SHIPSHAPE_MINIFY === '1',
    });
  } catch {
    // esbuild has printed the errors with their locations.
    console.error('build-web: the web bundles could not be built (see the errors above).');
    process.exit(1);
  }
}
