// With certificate checks off, anyone between the build and the server (a proxy, a hijacked DNS
// answer, a hostile Wi-Fi) can hand the build a package or script of their choosing.
import type { Instruction } from 'dockerfile-ast';
import { invocationsIn, optionsNamed, parseArgs, type Invocation } from '../../dockerfile/commands.js';
import { removeDeclarationEdit } from '../../dockerfile/declaration-edits.js';
import { declarations } from '../../dockerfile/declarations.js';
import { downloaderArgs } from '../../dockerfile/downloads.js';
import { fileWrites } from '../../dockerfile/file-writes.js';
import { packageCommandOf } from '../../dockerfile/packages.js';
import { instructionScript } from '../../dockerfile/run-script.js';
import { optionHits, removalFix, type SettingHit } from '../../dockerfile/setting-hits.js';
import type { Word } from '../../dockerfile/shell.js';
import { describeStage, stageLabel, stages } from '../../dockerfile/stages.js';
import { defineRule, type RuleContext } from '../../rule.js';

interface Variable {
  name: string;
  /** For a variable whose program ignores the case of its name: the names it reads. */
  anyCase?: RegExp;
  disables: (value: string) => boolean;
}

/** Environment variables that turn certificate checks off, and the values that do it. */
const VARIABLES: Variable[] = [
  { name: 'NODE_TLS_REJECT_UNAUTHORIZED', disables: (v) => v === '0' },
  { name: 'PYTHONHTTPSVERIFY', disables: (v) => v === '0' },
  // git only asks whether the variable is set.
  { name: 'GIT_SSL_NO_VERIFY', disables: () => true },
  { name: 'PIP_TRUSTED_HOST', disables: (v) => v.trim() !== '' },
  { name: 'NPM_CONFIG_STRICT_SSL', anyCase: /^NPM_CONFIG_STRICT_SSL$/i, disables: (v) => /^(false|0)$/i.test(v) },
];
const VARIABLE_BY_NAME = new Map(VARIABLES.map((v) => [v.name, v]));

/** The variable of that name, if it is one of VARIABLES (a lookup, where a pattern per variable was a pass over them all). */
function variableNamed(name: string): Variable | undefined {
  return VARIABLE_BY_NAME.get(name) ?? VARIABLES.find((v) => v.anyCase?.test(name));
}

const FALSE = /^(false|0|no|off)$/i;

/** Settings written into configuration files that do the same. */
const FILE_SETTINGS: { path: RegExp; setting: RegExp; what: string }[] = [
  { path: /^\/etc\/(yum\.conf|dnf\/dnf\.conf|yum\.repos\.d\/|zypp\/)/, setting: /(^|\s)sslverify\s*=\s*(0|false|no)\b/im, what: 'sslverify=0' },
  { path: /^\/etc\/apt\/apt\.conf/, setting: /Verify-(Peer|Host)\s+"?(false|0)"?/i, what: 'Acquire::https::Verify-Peer "false"' },
  { path: /(^|\/)(pip\.conf|pip\.ini)$/, setting: /^\s*trusted-host\s*=/im, what: 'trusted-host' },
  { path: /(^|\/)\.npmrc$/, setting: /^\s*strict-ssl\s*=\s*false\b/im, what: 'strict-ssl=false' },
  { path: /(^|\/)\.?gitconfig$/, setting: /^\s*sslverify\s*=\s*(false|0|no|off)\b/im, what: 'http.sslVerify=false' },
];

function isReference(value: string): boolean {
  return /^\$(\{[A-Za-z_]\w*\}|[A-Za-z_]\w*)$/.test(value);
}

/**
 * True when an argument could be read as curl's `-k` / `--insecure` (a word of short options holding
 * a `k`) or wget's `--no-check-certificate`: most downloads have none, and need no option parse.
 */
function mayDisableChecks(invocation: Invocation): boolean {
  const words = invocation.words;
  const curl = invocation.name === 'curl';
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (!t.startsWith('-')) continue;
    if (curl ? (!t.startsWith('--') && t.includes('k')) || t.startsWith('--insecure') : t.startsWith('--no-check-certificate')) return true;
  }
  return false;
}

const NO_HITS: SettingHit[] = [];

function commandHits(ctx: RuleContext, instruction: Instruction, invocation: Invocation): readonly SettingHit[] {
  const { name, words } = invocation;
  if (name === 'curl') return mayDisableChecks(invocation) ? optionHits(ctx.text, optionsNamed(downloaderArgs(invocation)!, ['-k', '--insecure']), (o) => `curl ${o.name}`) : NO_HITS;
  if (name === 'wget') return mayDisableChecks(invocation) ? optionHits(ctx.text, optionsNamed(downloaderArgs(invocation)!, ['--no-check-certificate']), () => 'wget --no-check-certificate') : NO_HITS;
  if (name === 'git') return gitHits(ctx, words.slice(1));
  if (name === 'npm' || name === 'yarn' || name === 'pnpm') return npmHits(ctx, name, words.slice(1));
  const pkg = packageCommandOf(ctx, instruction, invocation);
  if (!pkg) return NO_HITS;
  if (pkg.manager === 'pip') {
    const hits = optionHits(ctx.text, optionsNamed(pkg.args, ['--trusted-host']), () => 'pip --trusted-host');
    const [first, second, third] = pkg.args.operands;
    if (first?.word.text === 'config' && second?.word.text === 'set' && /(^|\.)trusted-host$/.test(third?.word.text ?? '')) hits.push({ at: invocation.command.span, what: `pip config set ${third.word.text}` });
    return hits;
  }
  // Settings are options: a command without options has none to check.
  if (pkg.args.options.length === 0) return NO_HITS;
  if (pkg.manager === 'rpm') {
    const setopts = optionsNamed(pkg.args, ['--setopt']).filter((o) => /(^|\.)sslverify=(0|false|no)$/i.test(o.value ?? ''));
    return optionHits(ctx.text, setopts, (o) => `--setopt=${o.value}`);
  }
  if (pkg.manager === 'apt') {
    const settings = optionsNamed(pkg.args, ['-o', '--option']).filter((o) => /::Verify-(Peer|Host)=(false|0)$/i.test(o.value ?? ''));
    return optionHits(ctx.text, settings, (o) => `-o ${o.value}`);
  }
  return [];
}

/** `git -c http.sslVerify=false clone …` (fixable) and `git config --global http.sslVerify false`. */
function gitHits(ctx: RuleContext, args: Word[]): readonly SettingHit[] {
  // Both forms name the setting in one word; most git commands have neither.
  if (!args.some((w) => w.text === 'config' || /sslverify/i.test(w.text))) return NO_HITS;
  const parsed = parseArgs(args, { shortWithValue: 'cC', longWithValue: ['--git-dir', '--work-tree', '--namespace', '--exec-path'] }, false);
  const isSslVerifyOff = (setting: string) => {
    const eq = setting.indexOf('=');
    return eq > 0 && /^http\.(.*\.)?sslverify$/i.test(setting.slice(0, eq)) && FALSE.test(setting.slice(eq + 1));
  };
  const hits = optionHits(ctx.text, optionsNamed(parsed, ['-c']).filter((o) => isSslVerifyOff(o.value ?? '')), () => 'git -c http.sslVerify=false');
  const ops = parsed.operands.map((o) => o.word);
  if (ops[0]?.text === 'config') {
    const rest = ops.slice(1).filter((w) => !w.text.startsWith('-'));
    if (rest.length >= 2 && isSslVerifyOff(`${rest[0].text}=${rest[1].text}`)) hits.push({ at: { start: rest[0].span.start, end: rest[1].span.end }, what: 'git config http.sslVerify false' });
  }
  return hits;
}

/** `npm config set strict-ssl false` and `npm install --strict-ssl=false`. */
function npmHits(ctx: RuleContext, name: string, args: Word[]): readonly SettingHit[] {
  // Most npm commands have neither form.
  if (!args.some((w) => w.text === 'config' || w.text.startsWith('--strict-ssl'))) return NO_HITS;
  const parsed = parseArgs(args, {});
  const hits = optionHits(ctx.text, optionsNamed(parsed, ['--strict-ssl']).filter((o) => o.value === 'false'), () => `${name} --strict-ssl=false`);
  const ops = parsed.operands.map((o) => o.word);
  if (ops[0]?.text === 'config' && ops[1]?.text === 'set') {
    const setting = ops.slice(2).map((w) => w.text).join('=');
    if (/^strict-ssl=false$/i.test(setting)) hits.push({ at: { start: ops[2].span.start, end: ops[ops.length - 1].span.end }, what: `${name} config set strict-ssl false` });
  }
  return hits;
}

function runHits(ctx: RuleContext, instruction: Instruction): SettingHit[] {
  const hits: SettingHit[] = [];
  for (const invocation of invocationsIn(ctx, instruction)) hits.push(...commandHits(ctx, instruction, invocation));
  const script = instructionScript(ctx, instruction);
  // `NODE_TLS_REJECT_UNAUTHORIZED=0 npm install`: the assignment applies to that command only.
  for (const command of script.commands) {
    if (command.assignments.length === 0) continue;
    for (const a of command.assignments) {
      const eq = a.text.indexOf('=');
      const variable = variableNamed(a.text.slice(0, eq));
      if (!variable || !variable.disables(a.text.slice(eq + 1))) continue;
      let end = a.span.end;
      while (ctx.text[end] === ' ' || ctx.text[end] === '\t') end++;
      hits.push({ at: a.span, what: a.text, edit: () => ({ start: a.span.start, end, text: '' }) });
    }
  }
  for (const write of fileWrites(ctx, instruction)) {
    const setting = FILE_SETTINGS.find((s) => s.path.test(write.path) && s.setting.test(write.text));
    if (setting) hits.push({ at: write.at, what: `${setting.what} written to ${write.path}` });
  }
  return hits;
}

function declarationHits(ctx: RuleContext, instruction: Instruction): SettingHit[] {
  return declarations(ctx, instruction).flatMap((d) => {
    const variable = variableNamed(d.name);
    if (!variable || d.value === undefined || isReference(d.value) || !variable.disables(d.value)) return [];
    return [{ at: d.span, what: `${d.keyword} ${d.name}=${d.value}`, edit: () => removeDeclarationEdit(ctx, d) }];
  });
}

export default defineRule({
  id: 'dockerfile/tls-verification-disabled',
  severity: 'error',
  fix: 'safe',
  risk: 'image',
  title: 'TLS certificate verification disabled',
  references: ['CIS-D 4.11'],
  aliases: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4', 'CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_12', 'CKV2_DOCKER_13', 'CKV2_DOCKER_14', 'CKV2_DOCKER_15', 'CKV2_DOCKER_16'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const stage of stages(ctx)) {
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword();
        const hits = keyword === 'RUN' ? runHits(ctx, instruction) : keyword === 'ENV' || keyword === 'ARG' ? declarationHits(ctx, instruction) : [];
        for (const hit of hits) {
          ctx.report({
            at: hit.at,
            message: `${hit.what} in ${describeStage(stage)} turns off TLS certificate checks: anyone on the network path can hand the build a tampered package or script.`,
            object: stageLabel(stage),
            fix: hit.edit ? () => removalFix(hit) : null,
          });
        }
      }
    }
  },
});
