// Without a version, every rebuild installs whatever is current: the image changes (and can
// break, or pick up a compromised release) without any change to the Dockerfile.
import { runInstructions } from '../../dockerfile/commands.js';
import { hasOption, packageCommands, type PackageCommand } from '../../dockerfile/packages.js';
import type { Word } from '../../dockerfile/shell.js';
import { describeStage, stageLabel } from '../../dockerfile/stages.js';
import { defineRule } from '../../rule.js';

/** Operands that are not package names from a repository: files, paths, URLs, variables. */
function isLocalOrUnknown(text: string): boolean {
  return text === '' || text.includes('$') || text.includes('/') || /^\.{1,2}$/.test(text) || /\.(deb|apk|rpm|whl|tar\.gz|zip|tgz|gem)$/i.test(text) || text.includes('://');
}

/** The package words of an install that name no version. */
function unpinned(c: PackageCommand): Word[] {
  if (c.action !== 'install') return [];
  switch (c.manager) {
    case 'apt':
      return c.actionWord?.text === 'install' ? c.packages.filter((p) => !isLocalOrUnknown(p.text) && !p.text.includes('=')) : [];
    case 'apk': {
      const virtualName = c.args.options.find((o) => o.name === '-t' || o.name === '--virtual')?.valueWord;
      return c.packages.filter((p) => p !== virtualName && !isLocalOrUnknown(p.text) && !/[=~<>]/.test(p.text));
    }
    case 'pip':
      // `pip install -r requirements.txt` pins in the file, if anywhere; only named packages count.
      return c.packages.filter((p) => !isLocalOrUnknown(p.text) && !p.text.startsWith('-') && !/[=<>~!@]/.test(p.text));
    case 'npm':
      if (!hasOption(c, '-g', '--global')) return [];
      // A version comes after an `@` that does not start the name (`@scope/pkg@1.2.3`).
      return c.packages.filter((p) => !p.text.includes('$') && !p.text.includes('://') && !/^[./~]/.test(p.text) && p.text.lastIndexOf('@') <= 0);
    case 'gem':
      if (hasOption(c, '-v', '--version')) return [];
      return c.packages.filter((p) => !isLocalOrUnknown(p.text) && !p.text.includes(':'));
    default:
      return [];
  }
}

export default defineRule({
  id: 'dockerfile/unpinned-packages',
  severity: 'off',
  severityWhenOn: 'warning',
  fix: 'none',
  risk: 'image',
  title: 'Package installed without a version',
  references: ['CIS-D 4.3'],
  aliases: ['DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const { instruction, stage } of runInstructions(ctx)) {
      for (const c of packageCommands(ctx, instruction)) {
        for (const word of unpinned(c)) {
          ctx.report({
            at: word.span,
            message: `${c.program} installs ${word.text} without a version in ${describeStage(stage)}: each rebuild takes whatever release is current, so the image changes without any change to the Dockerfile.`,
            object: stageLabel(stage),
          });
        }
      }
    }
  },
});
