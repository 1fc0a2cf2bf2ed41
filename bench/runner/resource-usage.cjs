// Preloaded by bench/runner/measure.mjs with `node --require`: when the process exits, appends a line to the
// file named by BENCH_USAGE_FILE with its peak resident set size in KiB (getrusage's ru_maxrss) and the CPU
// time it used in microseconds (user and system). Worker threads live in the same process, so the figures
// cover them; a forked Node child inherits the preload and appends its own line.
'use strict';
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.BENCH_USAGE_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    appendFileSync(file, `${maxRSS} ${userCPUTime + systemCPUTime}\n`);
  });
}
