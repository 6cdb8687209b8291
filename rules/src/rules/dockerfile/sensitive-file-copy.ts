// Keys, credentials and dotenv files copied into an image ship with it: anyone who can pull the
// image can extract them from its layers, even if a later step deletes them.
import { copySources } from '../../dockerfile/add-sources.js';
import { instructionsWith } from '../../dockerfile/instruction-text.js';
import { describeStage, stageLabel, stageOf } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

/** File names (the last path component) that hold keys or credentials. */
const SENSITIVE_NAMES: readonly RegExp[] = [
  /^id_(rsa|dsa|ecdsa|ed25519)(?!.*\.pub$)/,
  /\.(key|p12|pfx)$/,
  /^\.env(\..+)?$/,
  /^\.(npmrc|pypirc|netrc|git-credentials)$/,
  /^(kubeconfig|.+\.kubeconfig)$/,
  /^credentials\.json$/,
];

/** dotenv templates hold placeholders, not values. */
const ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults)$/;

/** A `.pem` file is a private key unless its name says it is a certificate (and not a key). */
const CERTIFICATE_PEM = /(^|[-_.])(ca|cacert|cert|certs|certificate|chain|fullchain|bundle|pub|public)([-_.]|$)/;

/** Directories whose contents are credentials. */
const SENSITIVE_DIRECTORIES: readonly string[] = ['.ssh', '.aws', '.gnupg'];

export default defineRule({
  id: 'dockerfile/sensitive-file-copy',
  severity: 'warning',
  fix: 'none',
  risk: 'image',
  title: 'Key or credential file copied into the image',
  references: ['CIS-D 4.10'],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const instruction of instructionsWith(ctx, 'COPY', 'ADD')) {
      const keyword = instruction.getKeyword();
      const sensitive = (copySources(ctx, instruction) ?? []).find(isSensitivePath);
      if (sensitive === undefined) continue;
      const stage = stageOf(ctx, instruction);
      ctx.report({
        at: instruction.getInstructionRange(),
        message: `${keyword} in ${stage ? describeStage(stage) : 'this file'} copies ${sensitive} into the image: anyone who can pull it can extract the credential from its layers, even if a later step deletes the file.`,
        object: stage ? stageLabel(stage) : null,
      });
    }
  },
});

/** True when a COPY/ADD source names a key or credential file (or a directory of them). */
function isSensitivePath(source: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^git@/.test(source)) return false;
  const parts = source.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  const name = parts[parts.length - 1];
  if (name === undefined || name.includes('$')) return false;
  const directories = parts.slice(0, -1);
  if (SENSITIVE_DIRECTORIES.includes(name)) return true;
  if (directories.some((d) => SENSITIVE_DIRECTORIES.includes(d))) return !/^known_hosts$|\.pub$/.test(name);
  if (directories[directories.length - 1] === '.docker' && name === 'config.json') return true;
  if (/\.pem$/.test(name)) return /key|priv/.test(name) || !CERTIFICATE_PEM.test(name);
  return SENSITIVE_NAMES.some((re) => re.test(name)) && !ENV_TEMPLATE.test(name);
}
