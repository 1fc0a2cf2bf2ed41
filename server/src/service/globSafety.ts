/**
 * Globs come from corpus.yaml, which may come from anyone. Matching a glob compiles it to a regular
 * expression, and some globs compile to expressions whose backtracking grows as a power of the file
 * name's length: many `*` in one path segment, extended globs, or braces that expand to many patterns.
 * Those are refused; what real corpora use (`articles/**\/*.md`, `*-2024-*.md`, `*.{md,markdown}`) passes.
 */
const MOST_STARS_PER_SEGMENT = 2;
const MOST_BRACE_EXPANSIONS = 16;
const EXTGLOB = /[@*+?!]\(/;

/** Why a glob is refused, or undefined when it is safe to match. */
export function globProblem(pattern: string): string | undefined {
  if (EXTGLOB.test(pattern)) return 'it uses extended glob syntax such as `@(…)` or `*(…)`';
  if (braceExpansions(pattern) > MOST_BRACE_EXPANSIONS) return `its braces expand to more than ${MOST_BRACE_EXPANSIONS} patterns`;
  const crowded = pattern.split('/').find((segment) => segment !== '**' && (segment.match(/\*/g)?.length ?? 0) > MOST_STARS_PER_SEGMENT);
  if (crowded !== undefined) return `its path segment \`${crowded}\` has more than ${MOST_STARS_PER_SEGMENT} \`*\``;
  return undefined;
}

/** How many patterns the brace groups expand to (nested groups counted as if side by side). */
function braceExpansions(pattern: string): number {
  let product = 1;
  const alternatives: number[] = [];
  for (const char of pattern) {
    if (char === '{') alternatives.push(1);
    else if (char === ',' && alternatives.length) alternatives[alternatives.length - 1]++;
    else if (char === '}' && alternatives.length) product *= alternatives.pop()!;
  }
  return product;
}
