import { test } from 'node:test';
import fc from 'fast-check';
import { campaignRuns, campaignSeed } from './campaign';
import { PROPERTIES } from './properties';

for (const { name, property, weight } of PROPERTIES) {
  test(name, () => {
    fc.assert(property, { seed: campaignSeed(), numRuns: campaignRuns(weight), endOnFailure: false });
  });
}
