import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanNumbers } from '../../server/src/service/parse/numbers/expression';
import { readToken } from '../../server/src/service/parse/numbers/text';
import type { Count } from '../../server/src/service/types';

/** Every number expression in `text`: its span, qualifier included, and its count. */
const readFigures = (text: string) => scanNumbers(text).map(({ start, end, count }) => ({ start, end, count }));

const exact = (n: number): Count => ({ kind: 'exact', low: n, high: n });
const range = (low: number, high: number): Count => ({ kind: 'range', low, high });
const atLeast = (n: number): Count => ({ kind: 'atLeast', low: n, high: Infinity });
const about = (n: number): Count => ({ kind: 'about', low: n, high: n });

/** The figures of `text` as [the text each spans, its count]. */
function read(text: string): [string, Count][] {
  return readFigures(text).map((figure) => [text.slice(figure.start, figure.end), figure.count]);
}

function assertTable(table: [string, [string, Count][]][]): void {
  for (const [text, expected] of table) assert.deepEqual(read(text), expected, text);
}

test('digits, with Western and South Asian grouping', () => {
  assertTable([
    ['46', [['46', exact(46)]]],
    ['1,500 people', [['1,500', exact(1500)]]],
    ['1,500,000', [['1,500,000', exact(1500000)]]],
    ['5,00,000 displaced', [['5,00,000', exact(500000)]]],
    ['1,50,000', [['1,50,000', exact(150000)]]],
    ['1,00,00,000', [['1,00,00,000', exact(10000000)]]],
    ['0 dead', [['0', exact(0)]]],
  ]);
});

test('scales after digits and after words', () => {
  assertTable([
    ['1.5 million people', [['1.5 million', exact(1500000)]]],
    ['2 lakh', [['2 lakh', exact(200000)]]],
    ['3 lakhs', [['3 lakhs', exact(300000)]]],
    ['1.2 crore', [['1.2 crore', exact(12000000)]]],
    ['3 thousand', [['3 thousand', exact(3000)]]],
    ['a thousand', [['a thousand', exact(1000)]]],
    ['a million', [['a million', exact(1000000)]]],
  ]);
});

test('number words', () => {
  assertTable([
    ['five', [['five', exact(5)]]],
    ['Sixteen soldiers', [['Sixteen', exact(16)]]],
    ['twenty-one', [['twenty-one', exact(21)]]],
    ['twenty one', [['twenty one', exact(21)]]],
    ['a hundred', [['a hundred', exact(100)]]],
    ['An hundred', [['An hundred', exact(100)]]],
    ['one hundred and five', [['one hundred and five', exact(105)]]],
    ['two thousand', [['two thousand', exact(2000)]]],
    ['twenty-five hundred', [['twenty-five hundred', exact(2500)]]],
    ['three lakh', [['three lakh', exact(300000)]]],
    ['two million four hundred thousand', [['two million four hundred thousand', exact(2400000)]]],
    ['one soldier', [['one', exact(1)]]],
    ['forty and fifty', [['forty', exact(40)], ['fifty', exact(50)]]],
  ]);
});

test('qualifiers: at least N, about N', () => {
  assertTable([
    ['over 1,500', [['over 1,500', atLeast(1500)]]],
    ['More than 1,500', [['More than 1,500', atLeast(1500)]]],
    ['above 20', [['above 20', atLeast(20)]]],
    ['at least 12', [['at least 12', atLeast(12)]]],
    ['upwards of 300', [['upwards of 300', atLeast(300)]]],
    ['no fewer than 9', [['no fewer than 9', atLeast(9)]]],
    ['1,500+', [['1,500+', atLeast(1500)]]],
    ['forty or more', [['forty or more', atLeast(40)]]],
    ['about 40', [['about 40', about(40)]]],
    ['around 40', [['around 40', about(40)]]],
    ['nearly forty', [['nearly forty', about(40)]]],
    ['some 40', [['some 40', about(40)]]],
    ['approximately 40', [['approximately 40', about(40)]]],
    ['roughly 40', [['roughly 40', about(40)]]],
    ['almost 40', [['almost 40', about(40)]]],
    ['up to 40', [['up to 40', about(40)]]],
    ['as many as 40', [['as many as 40', about(40)]]],
    ['an estimated 40', [['an estimated 40', about(40)]]],
    ['no more than 5', [['no more than 5', about(5)]]],
    ['~40', [['~40', about(40)]]],
  ]);
});

test('ranges, only from a lower to a higher number', () => {
  assertTable([
    ['40 to 50', [['40 to 50', range(40, 50)]]],
    ['40-50', [['40-50', range(40, 50)]]],
    ['40–50', [['40–50', range(40, 50)]]],
    ['40 – 50', [['40 – 50', range(40, 50)]]],
    ['between 40 and 50', [['between 40 and 50', range(40, 50)]]],
    ['Between forty and fifty', [['Between forty and fifty', range(40, 50)]]],
    ['five or six', [['five or six', range(5, 6)]]],
    ['about 40 to 50', [['about 40 to 50', range(40, 50)]]],
    ['50 to 40', [['50', exact(50)], ['40', exact(40)]]],
    ['between 50 and 40', [['50', exact(50)], ['40', exact(40)]]],
    ['50-40', []],
    ['from 12 to 46', [['12', exact(12)], ['46', exact(46)]]],
    ['half a million people', [['half a million', exact(500000)]]],
    ['about half a lakh', [['about half a lakh', { kind: 'about', low: 50000, high: 50000 }]]],
  ]);
});

test('several figures, left to right, with offsets into the text', () => {
  const text = 'five soldiers and two civilians';
  assert.deepEqual(readFigures(text), [
    { start: 0, end: 4, count: exact(5) },
    { start: 18, end: 21, count: exact(2) },
  ]);
});

test('case does not matter', () => {
  assertTable([
    ['MORE THAN TWENTY-ONE', [['MORE THAN TWENTY-ONE', atLeast(21)]]],
    ['Forty To Fifty', [['Forty To Fifty', range(40, 50)]]],
  ]);
});

test('vague quantities, ordinals and pronoun "one" are not figures', () => {
  const none = [
    'dozens of people', 'hundreds', 'thousands of families', 'a few hundred', 'several hundred', 'scores', 'a dozen',
    'two dozen', '2 dozen soldiers', 'half a dozen',
    'the first convoy', 'the 2nd battalion', '21st', 'twenty-first', 'one of the attackers', 'no one', 'one another',
    'someone', 'the one who fled',
  ];
  for (const text of none) assert.deepEqual(read(text), [], text);
});

test('tokens that only look like numbers are passed over whole', () => {
  const none = [
    'Taliban 2.0', '3.5', '10:30', '3:1', '56%', '2024-12-24', '12/24', 'F-16', 'JF-17', '$2', '#12', 'A320', '12km', '5pm', 'Nº12',
    'five-point', 'six-point plan', '12-year-old', 'one-day', '1,2,3', '12,34', '0300', '12345678', '1990s',
  ];
  for (const text of none) assert.deepEqual(read(text), [], text);
});

test('a sentence end, a spaced dash or a clause mark ends a clause, also at either end of the text', () => {
  const kindAt = (text: string, pos: number) => readToken(text, pos)?.kind;
  assert.equal(kindAt('Twelve fled. Then', 11), 'break');
  assert.equal(kindAt('Twelve were killed.', 18), 'break', 'a full stop that ends the text');
  assert.equal(kindAt('Twelve were killed."', 18), 'break');
  assert.equal(kindAt('a 3.5 rating', 3), 'mark');
  assert.equal(kindAt('raids - and', 6), 'break');
  assert.equal(kindAt('cross-border', 5), 'mark');
  assert.equal(kindAt('-5 degrees', 0), 'mark', 'a dash that starts the text has no space before it');
  assert.equal(kindAt('dead; wounded', 4), 'break');
});
