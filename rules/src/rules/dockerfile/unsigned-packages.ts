// Package signatures are what proves a package came from the distribution; switching the check
// off lets a mirror, proxy or attacker on the path install anything.
import type { Instruction } from 'dockerfile-ast';
import { invocationsIn, optionsNamed, parseArgs, runInstructions, type Invocation } from '../../dockerfile/commands.js';
import { fileWrites } from '../../dockerfile/file-writes.js';
import { packageCommandOf } from '../../dockerfile/packages.js';
import { optionHits, removalFix, type SettingHit } from '../../dockerfile/setting-hits.js';
import { describeStage, stageLabel } from '../../dockerfile/stages.js';
import { defineRule, type RuleContext } from '../../rule.js';

/** Flags per manager that install packages without checking their signatures. */
const FLAGS: Record<string, string[]> = {
  apt: ['--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories'],
  apk: ['--allow-untrusted'],
  rpm: ['--nogpgcheck', '--no-gpgchecks'],
  zypper: ['--no-gpg-checks'],
};

const RPM_FLAGS = ['--nosignature', '--nodigest', '--noverify'];

const FILE_SETTINGS: { path: RegExp; setting: RegExp; what: string }[] = [
  { path: /^\/etc\/(yum\.conf|dnf\/dnf\.conf|yum\.repos\.d\/|zypp\/)/, setting: /(^|\s)(repo_)?gpgcheck\s*=\s*(0|false|no)\b/im, what: 'gpgcheck=0' },
  { path: /^\/etc\/apt\/sources\.list/, setting: /\[[^\]]*\btrusted=yes\b[^\]]*\]/i, what: '[trusted=yes]' },
  { path: /^\/etc\/apt\/apt\.conf/, setting: /(AllowUnauthenticated|AllowInsecureRepositories)\s+"?(true|1)"?/i, what: 'AllowUnauthenticated "true"' },
];


/** The option is one of the manager's flags below, or a setting (`--setopt`, `-o`) that may be one. */
function mayDisableSignatures(manager: string, option: string): boolean {
  return FLAGS[manager].includes(option) || option === '--setopt' || option === '-o' || option === '--option';
}

function commandHits(ctx: RuleContext, instruction: Instruction, invocation: Invocation): SettingHit[] {
  if (invocation.name === 'rpm') {
    const args = parseArgs(invocation.words.slice(1), { longWithValue: ['--root', '--dbpath', '--define', '--macros'] });
    return optionHits(ctx.text, optionsNamed(args, RPM_FLAGS), (o) => `rpm ${o.name}`);
  }
  const pkg = packageCommandOf(ctx, instruction, invocation);
  if (!pkg || !Object.hasOwn(FLAGS, pkg.manager) || !pkg.args.options.some((o) => mayDisableSignatures(pkg.manager, o.name))) return [];
  const hits = optionHits(ctx.text, optionsNamed(pkg.args, FLAGS[pkg.manager]), (o) => `${pkg.program} ${o.name}`);
  if (pkg.manager === 'rpm') {
    const setopts = optionsNamed(pkg.args, ['--setopt']).filter((o) => /(^|\.)(repo_|localpkg_)?gpgcheck=(0|false|no)$/i.test(o.value ?? ''));
    hits.push(...optionHits(ctx.text, setopts, (o) => `${pkg.program} --setopt=${o.value}`));
  }
  if (pkg.manager === 'apt') {
    const settings = optionsNamed(pkg.args, ['-o', '--option']).filter((o) => /::(AllowUnauthenticated|AllowInsecureRepositories)=(true|1)$/i.test(o.value ?? ''));
    hits.push(...optionHits(ctx.text, settings, (o) => `${pkg.program} -o ${o.value}`));
  }
  return hits;
}

export default defineRule({
  id: 'dockerfile/unsigned-packages',
  severity: 'error',
  fix: 'safe',
  risk: 'image',
  title: 'Package signature checks disabled',
  references: ['CIS-D 4.11'],
  aliases: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const { instruction, stage } of runInstructions(ctx)) {
      const hits: SettingHit[] = [];
      for (const invocation of invocationsIn(ctx, instruction)) hits.push(...commandHits(ctx, instruction, invocation));
      for (const write of fileWrites(ctx, instruction)) {
        const setting = FILE_SETTINGS.find((s) => s.path.test(write.path) && s.setting.test(write.text));
        if (setting) hits.push({ at: write.at, what: `${setting.what} written to ${write.path}` });
      }
      for (const hit of hits) {
        ctx.report({
          at: hit.at,
          message: `${hit.what} in ${describeStage(stage)} installs packages without checking their signatures: a mirror, proxy or attacker on the path can substitute any package.`,
          object: stageLabel(stage),
          fix: hit.edit ? () => removalFix(hit) : null,
        });
      }
    }
  },
});
