import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeSource } from '../../server/src/node/analyzeFile';
import { setupCorpus } from '../../server/src/service/corpus';
import { ActorMatcher } from '../../server/src/service/parse/actorMatcher';
import { findCasualtyFigures } from '../../server/src/service/parse/casualtyFigures';
import { findCasualtyWords } from '../../server/src/service/parse/numbers/casualtyWords';
import { scanNumbers, START } from '../../server/src/service/parse/numbers/expression';
import type { ActorEntry } from '../../server/src/service/types';
import { CONFIG, frontMatter, REGISTRY, TODAY } from './harness';

const ACTORS: ActorEntry[] = [
  { id: 'ttp', name: 'Tehreek-e-Taliban Pakistan', short: 'TTP', aliases: ['the one group'], avoid: [], type: 'armed-group' },
  { id: 'lost-lives', name: 'Lost Lives Memorial Fund', aliases: ['Dead Sea'], avoid: [], type: 'other' },
];
const matcher = new ActorMatcher(ACTORS);

const ASCII_PIECES = [
  'killed', 'Killed', 'KILLED', 'kill', 'dead', 'deaths', 'died', 'slain', 'martyred', 'martyrdom', 'casualties', 'injured',
  'Wounded', 'hurt', 'missing', 'lost', 'Lost', 'their', 'lives', 'his', 'her', 'life', 'one', 'One', 'seven', 'seventeen',
  'twenty', 'ninety', 'a', 'an', 'A', 'hundred', 'Thousand', 'lakh', 'lakhs', 'crore', 'million', 'people', 'were', 'at least',
  'lost their lives', 'lost\nhis  life', 'Lost Her Life', 'lost-their lives', 'lost. their lives', 'a hundred', 'an\tmillion', 'a\nhundred', 'TTP', 'Dead Sea', '12', '1,500', '15,00,000', '2.5', '0', '2024', 'F', 'x', '_', ' ', ' ', ' ', '  ', '\t', '\n', '\r\n',
  '-', "'", '.', ',', '%', '$', ':', '(',
];
const PIECES = [...ASCII_PIECES, '\u00a0', '\u2009', '\u202f', '\u3000', '\u000b', '\u2019', '\u00ad', 'é', 'E\u0301', '\u0301', 'ü', 'ｋ', 'पेशावर', '٣', '\u{1D400}', '😀'];
/** Every offset where `START` matches. */
function startsOf(text: string): number[] {
  const pattern = new RegExp(START);
  const starts: number[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    starts.push(match.index);
    pattern.lastIndex = match.index + 1;
  }
  return starts;
}

const textOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 60, size: 'max' }).map((parts) => parts.join(''));

test('the keywords the actor scan notes are what the two searches find, in any text whose words are ASCII', () => {
  for (const pieces of [ASCII_PIECES, PIECES]) {
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        const { keywords } = matcher.read(text);
        assert.equal(keywords === undefined, /[^\x00-\x7f]/.test(text.replace(/[^\p{L}\p{N}\p{M}]/gu, '')));
        if (!keywords) return;
        assert.deepEqual(keywords.casualtyWords, findCasualtyWords(text));
        assert.deepEqual(keywords.numberStarts, startsOf(text));
        assert.deepEqual(scanNumbers(text, keywords.numberStarts), scanNumbers(text));
        assert.deepEqual(findCasualtyFigures(text, keywords), findCasualtyFigures(text));
      }),
      { numRuns: 3000 },
    );
  }
});

test('keywords include the phrases of casualty words and articles before scales, and not what "_" or a hyphen joins', () => {
  const text = 'A hundred lost their\u00a0lives, two_killed, _dead, brain-dead, lost their-lives, an  million, a\nhundred 7';
  const keywords = matcher.read(text).keywords!;
  const words = keywords.casualtyWords.map(({ start, end }) => text.slice(start, end));
  assert.deepEqual(words, ['lost their\u00a0lives']);
  assert.deepEqual(
    keywords.numberStarts.map((start) => text.slice(start, start + 4)),
    ['A hu', 'an  ', '7'],
  );
});

test('a document whose words are not all ASCII is searched, with the same figures', () => {
  const text = 'Officials said ükilled and 12 people were killed in Peshāwar.';
  assert.equal(matcher.read(text).keywords, undefined);
  assert.deepEqual(
    findCasualtyFigures(text).map(({ start, end }) => text.slice(start, end)),
    ['12 people'],
  );
});

test("a document's untagged figures are the same whether the actor rules scanned it or not", () => {
  const actorRulesOff = `${CONFIG}rules:\n${['unknown', 'variant', 'not-listed', 'unmentioned'].map((rule) => `  actor/${rule}: "off"\n`).join('')}`;
  const text = `${frontMatter()}\nThe TTP said at least 12 soldiers were killed and a hundred injured; one died later, and 7 went missing.\n`;
  const [on, off] = [CONFIG, actorRulesOff].map((config) => {
    const { env } = setupCorpus(config, () => REGISTRY, TODAY);
    return analyzeSource('a.md', { text, bom: false, eol: '\n' }, env).diagnostics.filter((d) => d.rule === 'casualty/untagged');
  });
  const lines = text.split('\n');
  assert.deepEqual(
    on.map(({ range }) => lines[range.start.line].slice(range.start.character, range.end.character)),
    ['at least 12 soldiers', 'a hundred injured', 'one'],
  );
  assert.deepEqual(on, off);
});
