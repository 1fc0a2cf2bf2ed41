/**
 * `npm run fuzz`: the long fuzz campaign. Runs every property of test/fuzz with FUZZ_RUNS inputs per
 * weight unit (default 2000) and a random seed (or FUZZ_SEED), then prints how many inputs each property
 * took, what they exercised and each failure with its seed and shrunk counterexample. Exits 1 on a failure.
 * Needs tsx: `node --import tsx bench/fuzz.mjs`.
 */
import fc from 'fast-check';
import { PROPERTIES, stats } from '../test/fuzz/properties.ts';

const runsPerWeight = Number(process.env.FUZZ_RUNS ?? '2000');
if (!Number.isSafeInteger(runsPerWeight) || runsPerWeight < 1) throw new Error(`FUZZ_RUNS must be a positive integer, got "${process.env.FUZZ_RUNS}"`);
const seed = process.env.FUZZ_SEED === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(process.env.FUZZ_SEED);

console.log(`corpus-lint fuzz campaign: seed ${seed}, ${runsPerWeight} inputs per weight unit`);
const started = performance.now();
let inputs = 0;
let failures = 0;
for (const { name, property, weight } of PROPERTIES) {
  const t0 = performance.now();
  const details = fc.check(property, { seed, numRuns: runsPerWeight * weight });
  inputs += details.numRuns;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (details.failed) {
    failures++;
    console.log(`FAIL ${name}: after ${details.numRuns} inputs (${seconds} s), seed ${details.seed}, path ${details.counterexamplePath}`);
    console.log(`  counterexample: ${fc.stringify(details.counterexample)}`);
    console.log(`  ${String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance).split('\n').join('\n  ')}`);
  } else {
    console.log(`ok   ${name}: ${details.numRuns} inputs (${seconds} s)`);
  }
}
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n${inputs} inputs in ${total} s, ${failures} failing ${failures === 1 ? 'property' : 'properties'}`);
console.log(`exercised: ${stats.corpora} corpora linted, ${stats.diagnostics} diagnostics range-checked, ${stats.fixesAppliedAlone} fixes applied alone, ${stats.fixRounds} --fix rounds`);
console.log(`rules seen: ${[...stats.rulesSeen].sort().join(' ')}`);
process.exitCode = failures > 0 ? 1 : 0;
