// Entry point VS Code's extension host calls: runs the spec files of the current profile with mocha.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 0 });
  const profile = process.env.SHIPSHAPE_E2E_PROFILE ?? 'trusted';
  for (const name of readdirSync(__dirname)) {
    if (name.endsWith(`.${profile}.spec.js`)) mocha.addFile(join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
