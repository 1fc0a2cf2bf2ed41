import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeSource } from '../../server/src/node/analyzeFile';
import { setupCorpus } from '../../server/src/service/corpus';
import { ActorMatcher } from '../../server/src/service/parse/actorMatcher';
import { shingleHashes, shinglesOfWords } from '../../server/src/service/similarity/nearDuplicates';
import type { ActorEntry } from '../../server/src/service/types';
import { CONFIG, frontMatter, REGISTRY, TODAY } from './harness';

const ACTORS: ActorEntry[] = [
  { id: 'ttp', name: 'Tehreek-e-Taliban Pakistan', short: 'TTP', aliases: ["Taliban's wing"], avoid: ['Tehrik-e-Taliban'], type: 'armed-group' },
  { id: 'haqqani-network', name: 'Ḥaqqānī Network', aliases: [], avoid: [], type: 'armed-group' },
];
const matcher = new ActorMatcher(ACTORS);

const ASCII_PIECES = ['the', 'TTP', 'Taliban', 'Tehrik', 'e', 's', 'Network', '46', '1,500', ' ', ' ', '\n', '\r\n', '-', "'", '.', ','];
const PIECES = [
  ...ASCII_PIECES, '\u2019', '\u02bc', '\u00ad', '\u2010', '\u00a0', '“', 'é', 'E\u0301', '\u0301', 'Ḥaqqānī', 'ß', 'İ', 'Ω', 'ς',
  'کابل', 'पेशावर', '\u{10400}', '\u{1D400}', '😀', '\ud800',
];
const textOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 60, size: 'max' }).map((parts) => parts.join(''));

test('the actor scan hashes the words of any text as shingleHashes does, ASCII or not', () => {
  for (const pieces of [ASCII_PIECES, PIECES]) {
    fc.assert(
      fc.property(textOf(pieces), (text) => assert.deepEqual(shinglesOfWords(matcher.read(text).wordHashes), shingleHashes(text))),
      { numRuns: 2000 },
    );
  }
});

test("a document's shingles are the same whether the actor rules scanned it or not", () => {
  const actorRulesOff = `${CONFIG}rules:\n${['unknown', 'variant', 'not-listed', 'unmentioned'].map((rule) => `  actor/${rule}: "off"\n`).join('')}`;
  const text = `${frontMatter()}\nThe Tehrik-e-Taliban’s fighters and the TTP's allies met Ḥaqqānī commanders near Peshāwar, don't ask.\n`;
  const [on, off] = [CONFIG, actorRulesOff].map((config) => {
    const { env } = setupCorpus(config, () => REGISTRY, TODAY);
    return analyzeSource('a.md', { text, bom: false, eol: '\n' }, env).summary!.similarity!.shingles;
  });
  assert.ok(on.length > 10);
  assert.deepEqual(on, off);
});
