// RUN --mount flags: where a cache or tmpfs is mounted, so what is written there never lands in
// the layer.
import type { Instruction, Run } from 'dockerfile-ast';

/** Targets of the instruction's `--mount=type=cache` and `--mount=type=tmpfs` flags. */
export function throwawayMountTargets(instruction: Instruction): string[] {
  if (instruction.getKeyword() !== 'RUN') return [];
  const out: string[] = [];
  for (const flag of (instruction as Run).getFlags()) {
    if (flag.getName().toLowerCase() !== 'mount') continue;
    const fields = new Map<string, string>();
    for (const part of (flag.getValue() ?? '').split(',')) {
      const eq = part.indexOf('=');
      fields.set((eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(), eq < 0 ? '' : part.slice(eq + 1).trim());
    }
    const type = fields.get('type');
    const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination');
    if ((type === 'cache' || type === 'tmpfs') && target) out.push(target.replace(/\/+$/, '') || '/');
  }
  return out;
}

/** True when `path` is inside (or is) one of the directories. */
export function isUnder(path: string, directories: readonly string[]): boolean {
  const p = path.replace(/\/+$/, '');
  return directories.some((d) => p === d || p.startsWith(d === '/' ? '/' : `${d}/`));
}
