/** How long a campaign runs: FUZZ_RUNS inputs per weight unit and a fixed seed unless FUZZ_SEED says otherwise. */
export const SHORT_CAMPAIGN_RUNS = 25;
export const FIXED_SEED = 20261123;

export function campaignRuns(weight: number): number {
  const text = process.env.FUZZ_RUNS;
  const runs = text === undefined ? SHORT_CAMPAIGN_RUNS : Number(text);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer, got "${text}"`);
  return runs * weight;
}

export function campaignSeed(): number {
  return process.env.FUZZ_SEED === undefined ? FIXED_SEED : Number(process.env.FUZZ_SEED);
}
