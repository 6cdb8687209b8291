// Dockerfiles to compare two ways of reading them on: edge cases of the argument scan, the
// examples, the docs' Dockerfiles and seeded random edits of them (the same edits on every run).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Instruction } from 'dockerfile-ast';
import { DOCS_DIR, EXAMPLES } from '../paths.js';

const EDGE_CASES = [
  'FROM a\nRUN --mount=type=cache,target=/root/.cache --network=none pip install x\n',
  'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nCOPY --from=build --chown=1:1 /a /b\nADD --checksum=sha256:00 https://x /y\n',
  'FROM a\nRUN a--b --mount=x cmd\nRUN \\--mount=x cmd\nRUN -\\\n-mount=x cmd\nRUN --\nRUN --mount=x\n',
  'FROM a\nHEALTHCHECK --interval=5s --timeout=3s CMD curl -f http://x/\nHEALTHCHECK NONE\nHEALTHCHECK --x cmd y\nHEALTHCHECK --retries=3\n',
  'FROM a\nRUN apt-get update \\\n    # a comment inside the continuation\n\n    && apt-get install -y x\n',
  'FROM a\nRUN \\ \n  --mount=x \\  \n  echo hi\nRUN \\\t\r\n  ls\nRUN \\ \rx y\n',
  'FROM a\nRUN \\\n# only a comment\n  echo\nCMD\nENTRYPOINT \\\n\nUSER\n',
  '# escape=`\nFROM a\nRUN --mount=x `\n  dir C:\\ `\n  && echo\nCOPY `\n --from=a x y\n',
  'FROM a\nRUN <<EOF\nset -e\napt-get update\nEOF\nCOPY --chmod=755 <<-EOT /x\n\techo\n\tEOT\n',
  'FROM a\r\nRUN --mount=x \\\r\n  make \\ \r\n  && echo\r\n',
  'FROM a\nONBUILD RUN --mount=x make\nONBUILD COPY --from=b . .\nSTOPSIGNAL SIGTERM\nSHELL ["/bin/sh", "-c"]\nVOLUME /data\n',
  'FROM a\nRUN \\$X --y\nRUN ab\\\nc --d\nENV A=1 \\\n  B=2\nLABEL a="b c"\nEXPOSE 80/tcp\n',
  '\uFEFFFROM a\nRUN \\',
  'FROM a\nRUN x \\ y\nRUN \\  ',
];

/** Cases of the argument split (rules/src/documents/dockerfile-arguments.ts): escapes, continuations, line ends. */
export const ARGUMENT_SPLIT_CASES = [
  '# escape=`\nFROM a\nRUN echo `\n  hi `$X C:\\dir ``\nCOPY `\n  --from=b x y`',
  '# escape=\\\nFROM a\nRUN a\\$b \\x \\\\$c d\\$\n',
  'FROM a\nRUN a \\  \n  b \\\t\n\tc \\ \t \r\n d\n',
  'FROM a\r\nRUN a \\\r\n  b\r\n\r\nCMD x\r\n',
  'FROM a\rRUN a \\\r b\rCMD x \\ \ry z\rUSER u \\\rv\r',
  'FROM a\nRUN a \\\n# c1\n  # c2 \\\n\n  b \\\n#\n  c \\\n  #d\n',
  'FROM a\nRUN a b\\',
  'FROM a\nRUN a \\',
  'FROM a\nRUN a \\ ',
  '# escape=`\nFROM a\nRUN a`',
  'FROM a\nRUN\ta\t\tb \\\n\t\tc\t\n',
  'FROM a\nCMD ["a b", "c\\"d", "\\\\"]\nENTRYPOINT [ "x",\\\n  "y" ]\nSHELL ["pwsh", "-c"]\nRUN [ ]\n',
  'FROM a\nRUN echo h\u00e9llo \u{1F600} \\\n  \u00fcn\u00ef\nLABEL k="\u{1F600} v"\n',
  'FROM a\nRUN\nCMD \nUSER\t\nEXPOSE \\\n\n',
  'FROM a\nRUN \\\n \\ x\nRUN a \\\n  \\ b\nRUN a\\\n  \\  c\n',
  'FROM a\nONBUILD RUN a \\\n  b\nONBUILD\nONBUILD \\\n  COPY x y\n',
];

/** Pieces a random edit inserts: what the argument scan treats specially. */
const PIECES = ['\\', '\\ ', '\\\n', '\\ \n', '\\\r\n', '\r', '\n', ' ', '\t', '#', '# c\n', '--', '--mount=x ', 'RUN ', 'COPY ', 'FROM ', 'HEALTHCHECK ', 'CMD', 'none', 'ONBUILD ', '`', '$', '<<EOF\n', 'EOF\n', 'a--b '];

export function corpus(): string[] {
  const texts = [...EDGE_CASES];
  for (const name of readdirSync(EXAMPLES)) {
    const path = join(EXAMPLES, name);
    if (/^(Dockerfile|Containerfile)/.test(name) && statSync(path).isFile()) texts.push(readFileSync(path, 'utf8'));
  }
  const docs = join(DOCS_DIR, 'dockerfile');
  for (const name of readdirSync(docs)) {
    for (const m of readFileSync(join(docs, name), 'utf8').matchAll(/```dockerfile[^\n]*\n([\s\S]*?)```/g)) texts.push(m[1]);
  }
  // A fixed linear congruential sequence: the same edits on every run.
  let seed = 20261129;
  const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n;
  const originals = texts.length;
  for (let i = 0; i < 3000; i++) {
    let text = texts[next(originals)];
    for (let edits = 1 + next(3); edits > 0; edits--) {
      const at = next(text.length + 1);
      text = next(3) === 0 ? text.slice(0, at) + text.slice(at + 1 + next(6)) : text.slice(0, at) + PIECES[next(PIECES.length)] + text.slice(at);
    }
    texts.push(next(5) === 0 ? '# escape=`\n' + text : text);
  }
  texts.push(...ARGUMENT_SPLIT_CASES);
  return texts;
}

/** Every instruction, ONBUILD triggers included. */
export function instructionsOf(instructions: Instruction[]): Instruction[] {
  return instructions.flatMap((i) => {
    const trigger = i.getKeyword() === 'ONBUILD' ? (i as Instruction & { getTriggerInstruction(): Instruction | null }).getTriggerInstruction() : null;
    return trigger ? [i, trigger] : [i];
  });
}

