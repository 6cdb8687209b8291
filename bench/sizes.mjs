// Figure 5: sizes of the shipped bundles and of the packaged extension (.vsix).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function runSizes(root) {
  const bundles = ['dist/extension.js', 'dist/server.js', 'dist/cli.js'];
  const web = join(root, 'dist/web');
  if (existsSync(web)) for (const name of readdirSync(web)) if (name.endsWith('.js')) bundles.push(`dist/web/${name}`);
  const rows = bundles.filter((f) => existsSync(join(root, f))).map((file) => ({ file, bytes: statSync(join(root, file)).size }));
  const vsix = join(root, 'shipshape.vsix');
  if (existsSync(vsix)) rows.push({ file: 'shipshape.vsix', bytes: statSync(vsix).size, builtAt: statSync(vsix).mtime.toISOString() });
  return rows;
}
