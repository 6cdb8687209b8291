// Preloaded into a benchmarked child (node --require bench/report-maxrss.cjs …): at exit, writes the
// process's peak resident set size (getrusage maxRSS, all threads included) to the file named by
// SHIPSHAPE_BENCH_MAXRSS_FILE, so peak memory is measured the same way on every machine.
const { writeFileSync } = require('node:fs');

const target = process.env.SHIPSHAPE_BENCH_MAXRSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
