/**
 * Mocha's interface functions, bound to the Mocha instance `index.ts` runs. mocha stays external to the
 * bundles, so this `require` and the runner's are the same module.
 */
import type MochaModule from 'mocha';

type Interface = Pick<MochaModule.MochaGlobals, 'suite' | 'test' | 'suiteSetup'>;

const mocha = require('mocha') as Interface;

export const { suite, test, suiteSetup } = mocha;
