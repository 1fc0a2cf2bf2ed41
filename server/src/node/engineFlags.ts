/**
 * A V8 setting for runs that analyse many documents, set before any of the analysis gets hot.
 *
 * Each worker thread compiles the same rules with V8's optimising compiler, and on two cores that work
 * competes with the workers themselves while they still run slow code. Inlining less into each compiled
 * function (a cumulative budget of 600 bytes of bytecode instead of V8's 920) cut the compiler's CPU time
 * on the benchmark corpus by ~0.4 s a run and left the warm analysis as fast as before: see the README's
 * Benchmark section. It was measured on Node 20's V8 (11.3) only, so other engines keep their defaults.
 */
import { setFlagsFromString } from 'node:v8';

const INLINING_BUDGET = '--max-inlined-bytecode-size-cumulative';
const TUNED = `${INLINING_BUDGET}=600`;
const MEASURED_ON_V8 = '11.';

/**
 * The flags to set: none on an engine the setting was not measured on, nor when whoever runs Node chose
 * the budget already (in its options or NODE_OPTIONS).
 */
export function engineFlags(v8Version: string, execArgv: readonly string[], nodeOptions = ''): string[] {
  if (!v8Version.startsWith(MEASURED_ON_V8)) return [];
  const chosen = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.replace(/_/g, '-').startsWith(INLINING_BUDGET));
  return chosen ? [] : [TUNED];
}

/** Sets `engineFlags` for this process: the worker threads it starts afterwards compile with them too. */
export function tuneEngine(): void {
  for (const flag of engineFlags(process.versions.v8, process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(flag);
}
