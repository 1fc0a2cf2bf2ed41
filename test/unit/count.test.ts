import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countsEqual, formatCount, parseCount } from '../../server/src/service/parse/count';
import type { Count } from '../../server/src/service/types';

const exact = (n: number): Count => ({ kind: 'exact', low: n, high: n });
const range = (low: number, high: number): Count => ({ kind: 'range', low, high });
const atLeast = (n: number): Count => ({ kind: 'atLeast', low: n, high: Infinity });
const about = (n: number): Count => ({ kind: 'about', low: n, high: n });

test('parseCount reads the four forms of a count', () => {
  const table: [string, Count][] = [
    ['46', exact(46)],
    ['0', exact(0)],
    ['40-52', range(40, 52)],
    ['1500+', atLeast(1500)],
    ['~40', about(40)],
  ];
  for (const [value, count] of table) assert.deepEqual(parseCount(value), count, value);
});

test('parseCount rejects anything else', () => {
  const rejected = [
    '', ' 46', '46 ', '1,500', '1.5', '+46', '-46', '52-40', '40-40', '~40+', '~40-50', '40-50+', '1500++',
    'forty', '46 killed', '40 - 52', '40–52', '99999999999999999999', '~', '+',
  ];
  for (const value of rejected) assert.equal(parseCount(value), undefined, JSON.stringify(value));
});

test('formatCount writes what parseCount reads', () => {
  const table: [Count, string][] = [
    [exact(46), '46'],
    [range(40, 52), '40-52'],
    [atLeast(1500), '1500+'],
    [about(40), '~40'],
  ];
  for (const [count, written] of table) {
    assert.equal(formatCount(count), written);
    assert.deepEqual(parseCount(written), count);
  }
});

test('countsEqual compares kind and both bounds', () => {
  assert.equal(countsEqual(exact(46), exact(46)), true);
  assert.equal(countsEqual(atLeast(1500), atLeast(1500)), true);
  assert.equal(countsEqual(exact(40), about(40)), false);
  assert.equal(countsEqual(exact(46), exact(47)), false);
  assert.equal(countsEqual(range(40, 50), range(40, 52)), false);
  assert.equal(countsEqual(atLeast(40), range(40, 50)), false);
});
