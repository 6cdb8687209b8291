// Seed texts for the fuzzer: every file under examples/ and every fenced bad/good example of the
// rules' docs pages, each with the file name it is linted under.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { DOCS_DIR, EXAMPLES } from '../paths.js';

export interface Seed {
  /** Where the text came from, for failure messages. */
  origin: string;
  fileName: string;
  text: string;
}

/** The file name a docs example of each rule kind is linted under when its fence names none. */
const DEFAULT_NAME: Record<string, string> = {
  dockerfile: 'Dockerfile',
  compose: 'compose.yaml',
  daemon: 'daemon.json',
  k8s: 'manifest.yaml',
  kubeconfig: 'kubeconfig.yaml',
  shipshape: 'manifest.yaml',
};

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function docsSeeds(): Seed[] {
  const out: Seed[] = [];
  const fence = /^```[\w-]+ (?:bad|good)(?: +([^\s]+))?[^\n]*\n([\s\S]*?)^```\s*$/gm;
  for (const path of walk(DOCS_DIR).filter((p) => p.endsWith('.md'))) {
    const kind = relative(DOCS_DIR, path).split(/[\\/]/)[0];
    const markdown = readFileSync(path, 'utf8');
    for (let m = fence.exec(markdown); m; m = fence.exec(markdown)) {
      out.push({ origin: `${relative(DOCS_DIR, path)}#${out.length}`, fileName: m[1] ?? DEFAULT_NAME[kind] ?? 'manifest.yaml', text: m[2] });
    }
  }
  return out;
}

let cached: Seed[] | undefined;

export function seeds(): Seed[] {
  cached ??= [
    ...walk(EXAMPLES).map((p) => ({ origin: relative(EXAMPLES, p), fileName: relative(EXAMPLES, p).includes('templates') ? relative(EXAMPLES, p) : basename(p), text: readFileSync(p, 'utf8') })),
    ...docsSeeds(),
  ];
  return cached;
}
