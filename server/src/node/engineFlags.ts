/**
 * V8 settings for runs that analyse many documents, set before any of the analysis gets hot.
 *
 * Each worker thread compiles the same rules with V8's optimising compiler, and on two cores that work
 * competes with the workers themselves while they still run slow code. Two settings make that compiling
 * cheaper and left the warm analysis as fast as before (measured in bench/HISTORY.md): inlining less
 * into each compiled function (a cumulative budget of 600 bytes of bytecode instead of V8's 920), and not
 * peeling the first iteration off each loop. They were measured on Node 20's V8 (11.3) only, so other
 * engines keep their defaults.
 */
import { setFlagsFromString } from 'node:v8';

const TUNED = [
  { name: 'max-inlined-bytecode-size-cumulative', flag: '--max-inlined-bytecode-size-cumulative=600' },
  { name: 'turbo-loop-peeling', flag: '--no-turbo-loop-peeling' },
];
const MEASURED_ON_V8 = '11.';

/**
 * The flags to set: none on an engine the settings were not measured on, nor one whose setting whoever runs
 * Node chose already (in its options or NODE_OPTIONS, either way round for a switch).
 */
export function engineFlags(v8Version: string, execArgv: readonly string[], nodeOptions = ''): string[] {
  if (!v8Version.startsWith(MEASURED_ON_V8)) return [];
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((arg) => arg.replace(/_/g, '-'));
  const chosen = (name: string) => given.some((arg) => arg.startsWith(`--${name}`) || arg.startsWith(`--no-${name}`));
  return TUNED.filter(({ name }) => !chosen(name)).map(({ flag }) => flag);
}

/** Sets `engineFlags` for this process: the worker threads it starts afterwards compile with them too. */
export function tuneEngine(): void {
  for (const flag of engineFlags(process.versions.v8, process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString(flag);
}
