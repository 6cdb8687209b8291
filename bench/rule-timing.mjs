// Time per rule on one generated input: where lint time goes beyond the parse. A shared model is
// charged to the first rule that builds it (ctx.memo), so read the top rows with that in mind.
// Usage: node bench/rule-timing.mjs [kubernetes|dockerfile|compose] [iterations] [--fixes]
//   --fixes  also read every finding's fix (as a code action or the CLI would), so deferred fix
//            builders are charged too.
import { createRequire } from 'node:module';
import { bundleEntry } from './bundle.mjs';
import { INPUTS } from './lint-time.mjs';

const kind = process.argv[2] ?? 'kubernetes';
const iterations = Number(process.argv[3] ?? 60);
const readFixes = process.argv.includes('--fixes');
const warmup = Math.min(10, Math.floor(iterations / 3));
const engine = createRequire(import.meta.url)(await bundleEntry('rule-timing'));
const input = INPUTS.find((i) => i.kind === kind);
if (!input) throw new Error(`unknown input ${kind}: one of ${INPUTS.map((i) => i.kind).join(', ')}`);
const text = input.make();

const spent = new Map();
const timed = engine.RULES.map((rule) => ({
  ...rule,
  check(ctx) {
    const t0 = performance.now();
    rule.check(ctx);
    if (ctx.text.endsWith('measured\n')) spent.set(rule.id, (spent.get(rule.id) ?? 0) + performance.now() - t0);
  },
}));

let parse = 0;
let total = 0;
let fixes = 0;
for (let i = 0; i < iterations; i++) {
  const measured = i >= warmup;
  const varied = `${text}# iteration ${i} ${measured ? 'measured' : 'warm-up'}\n`;
  const t0 = performance.now();
  engine.parseFile(varied, input.fileName);
  const t1 = performance.now();
  const findings = engine.lint(varied, input.fileName, { rules: timed });
  const t2 = performance.now();
  if (readFixes) for (const f of findings) void f.fix;
  const t3 = performance.now();
  if (measured) {
    parse += t1 - t0;
    total += t2 - t0;
    fixes += t3 - t2;
  }
}
const n = iterations - warmup;
const per = (ms) => (ms / n).toFixed(3).padStart(8);
const ruleTotal = [...spent.values()].reduce((a, b) => a + b, 0);
console.log(`${input.label}: ${n} measured lints (ms per lint)`);
console.log(`${per(parse)}  parse (parseFile, cold)`);
console.log(`${per(ruleTotal)}  all rules`);
console.log(`${per(total)}  lint in all (parse + rules + suppressions + sorting)`);
if (readFixes) console.log(`${per(fixes)}  reading every finding's fix afterwards`);
console.log('\nCostliest rules:');
for (const [id, ms] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${per(ms)}  ${id}`);
