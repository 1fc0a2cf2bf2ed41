// Preloaded by bench/run.mjs with `node --require`: when the process exits, appends its peak resident set
// size in KiB (getrusage's ru_maxrss) to the file named by BENCH_PEAK_RSS_FILE. Worker threads live in the
// same process, so the figure covers them; a forked Node child inherits the preload and appends its own line.
'use strict';
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.BENCH_PEAK_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
}
