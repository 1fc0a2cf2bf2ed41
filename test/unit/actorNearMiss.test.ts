import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withinEdits } from '../../server/src/service/parse/actors/editDistance';
import {
  acceptedWordOf,
  isNearMiss,
  mayBeMisspelt,
  ProseWord,
  Spellings,
} from '../../server/src/service/parse/actors/nearMiss';
import { NearMissSets } from '../../server/src/service/parse/actors/nearMissSets';

const prose = (word: string) => new ProseWord(word, 0, word.length, new Spellings());

test('withinEdits counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
  assert.equal(withinEdits('zakir', 'zakir', 0), true);
  assert.equal(withinEdits('zakr', 'zakir', 1), true);
  assert.equal(withinEdits('zakiir', 'zakir', 1), true);
  assert.equal(withinEdits('zakor', 'zakir', 1), true);
  assert.equal(withinEdits('zaikr', 'zakir', 1), true);
  assert.equal(withinEdits('zkair', 'zakir', 1), true);
  assert.equal(withinEdits('zokar', 'zakir', 1), false);
  assert.equal(withinEdits('zak', 'zakir', 1), false);
  assert.equal(withinEdits('army', 'navy', 2), false);
  assert.equal(withinEdits('tehrik', 'tehreek', 2), true);
  assert.equal(withinEdits('thereek', 'tehreek', 2), true);
  assert.equal(withinEdits('tahrik', 'tehreek', 2), false);
  assert.equal(withinEdits('talibanpakistan', 'talibnapakistna', 2), true);
  assert.equal(withinEdits('a'.repeat(100), `${'a'.repeat(99)}b`, 2), true);
});

test('a near miss is one edit from a word of 4-6 letters, two from a longer one, doubled letters aside', () => {
  assert.equal(isNearMiss(prose('Qayam'), acceptedWordOf('Qayyum')), true);
  assert.equal(isNearMiss(prose('Qayum'), acceptedWordOf('Qayyum')), true);
  assert.equal(isNearMiss(prose('Mulla'), acceptedWordOf('Mullah')), true);
  assert.equal(isNearMiss(prose('Qiyam'), acceptedWordOf('Qayyum')), false);
  assert.equal(isNearMiss(prose('Taleban'), acceptedWordOf('Taliban')), true);
  assert.equal(isNearMiss(prose('Tolebon'), acceptedWordOf('Taliban')), false);
  assert.equal(isNearMiss(prose('Tehrik'), acceptedWordOf('Tehreek')), true);
  assert.equal(isNearMiss(prose('Hikmatiar'), acceptedWordOf('Hekmatyar')), true);
  assert.equal(isNearMiss(prose('Hikmatiur'), acceptedWordOf('Hekmatyar')), false);
  assert.equal(isNearMiss(prose('Navy'), acceptedWordOf('Army')), false);
});

test('only capitalised words of four letters or more may be misspelt, in any script', () => {
  assert.equal(mayBeMisspelt('Zakir', 'zakir'), true);
  assert.equal(mayBeMisspelt('حقانی', 'حقانی'), true);
  assert.equal(mayBeMisspelt('network', 'network'), false);
  assert.equal(mayBeMisspelt('Al', 'al'), false);
  assert.equal(mayBeMisspelt('ḥaqqānī', 'haqqani'), false);
});

test('a near miss is capitalised, is no plural or adjective of the word, and is not the word itself', () => {
  assert.equal(isNearMiss(prose('arms'), acceptedWordOf('Army')), false);
  assert.equal(isNearMiss(prose('Armi'), acceptedWordOf('Army')), true);
  assert.equal(isNearMiss(prose('حقانى'), acceptedWordOf('حقانی')), true);
  assert.equal(isNearMiss(prose('States'), acceptedWordOf('State')), false);
  assert.equal(isNearMiss(prose('Pakistan'), acceptedWordOf('Pakistani')), false);
  assert.equal(isNearMiss(prose('Afghani'), acceptedWordOf('Afghan')), false);
  assert.equal(isNearMiss(prose('Stat'), acceptedWordOf('State')), true);
  assert.equal(isNearMiss(prose('Talibans'), acceptedWordOf('Taliban')), false);
  assert.equal(isNearMiss(prose('ZAKIR'), acceptedWordOf('Zakir')), false);
  assert.equal(isNearMiss(prose('Ẓākir'), acceptedWordOf('Zakir')), false);
});

test('a near-miss set finds the same words whether it searches word by word or by its index', () => {
  const names = ['Qayyum', 'Zakir', 'Haqqani', 'Mansur', 'Akhundzada', 'Baradar', 'Muttaqi', 'Hekmatyar'];
  const small = new NearMissSets<string>(new Spellings());
  const large = new NearMissSets<string>(new Spellings());
  names.forEach((name, id) => {
    small.add(1, name, id, name);
    large.add(1, name, id, name);
  });
  for (let id = names.length; id < 40; id++) large.add(1, `Filler${String.fromCharCode(97 + id)}word`, id, 'filler');
  const search = (sets: NearMissSets<string>, word: string, wordId = -1) => {
    return [...sets.search(1, word, 0, word.length, wordId)].sort();
  };
  for (const sets of [small, large]) {
    assert.deepEqual(search(sets, 'Qayum'), ['Qayyum']);
    assert.deepEqual(search(sets, 'Hikmatyar'), ['Hekmatyar']);
    assert.deepEqual(search(sets, 'Akhunzada'), ['Akhundzada']);
    assert.deepEqual(search(sets, 'Mutaqqi'), ['Muttaqi']);
    assert.deepEqual(search(sets, 'Barader'), ['Baradar']);
    assert.deepEqual(search(sets, 'qayum'), []);
    assert.deepEqual(search(sets, 'Kabul'), []);
    assert.deepEqual(search(sets, 'Zakir', 1), []);
  }
  assert.deepEqual(search(large, 'Qayum'), ['Qayyum']);
  assert.equal(large.has(1), true);
  assert.equal(large.has(2), false);
});
