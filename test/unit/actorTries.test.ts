import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText } from '../../server/src/service/parse/actors/fold';
import { HashTrie } from '../../server/src/service/parse/actors/hashTrie';
import { StringTrie } from '../../server/src/service/parse/actors/stringTrie';
import { FormTrie } from '../../server/src/service/parse/actors/formTrie';
import { tokenise, Tokens } from '../../server/src/service/parse/actors/tokens';
import type { Form } from '../../server/src/service/parse/actors/types';

function lookUp(trie: StringTrie, key: string): number {
  const state = trie.follow(StringTrie.ROOT, key);
  return state === StringTrie.NONE ? -1 : trie.valueOf(state);
}

test('a string trie keeps each key, whether it ends in a tail, at a split tail or inside another key', () => {
  const trie = new StringTrie();
  assert.equal(trie.insert('talibanpakistan', 0), 0);
  assert.equal(trie.insert('talibanafghanistan', 1), 1);
  assert.equal(trie.insert('taliban', 2), 2);
  assert.equal(trie.insert('t', 3), 3);
  assert.equal(trie.insert('talibanpakistanarmy', 4), 4);
  assert.equal(trie.insert('talibanpakistan', 5), 0);
  assert.deepEqual(
    ['talibanpakistan', 'talibanafghanistan', 'taliban', 't', 'talibanpakistanarmy'].map((key) => lookUp(trie, key)),
    [0, 1, 2, 3, 4],
  );
  const missing = ['talib', 'talibanpak', 'talibanpakistanarm', 'talibans', 'x', ''];
  assert.deepEqual(missing.map((key) => lookUp(trie, key)), [-1, -1, -1, -1, -1, -1]);
  assert.equal(trie.follow(StringTrie.ROOT, 'talibanpakistanarmyx'), StringTrie.NONE);
});

test('a hash trie grows past its first table and keeps every edge', () => {
  const trie = new HashTrie();
  const nodes: number[] = [];
  for (let symbol = 0; symbol < 1000; symbol++) nodes.push(trie.addChild(HashTrie.ROOT, symbol * 7));
  const deeper = trie.addChild(nodes[999], 5);
  trie.setValue(deeper, 42);
  assert.equal(trie.size, 1002);
  assert.deepEqual(nodes.map((node, symbol) => trie.child(HashTrie.ROOT, symbol * 7) === node), nodes.map(() => true));
  assert.equal(trie.addChild(HashTrie.ROOT, 7), nodes[1]);
  assert.equal(trie.child(HashTrie.ROOT, 8), -1);
  assert.equal(trie.valueOf(trie.child(nodes[999], 5)), 42);
  assert.equal(trie.valueOf(nodes[3]), -1);
});

test('folding lowers case, strips marks and drops whitespace, hyphens and apostrophes only', () => {
  assert.equal(foldText("Ḥaqqānī Network"), 'haqqaninetwork');
  assert.equal(foldText('Ḥaqqānī'.normalize('NFD')), 'haqqani');
  assert.equal(foldText("Tehreek-e-Taliban\u00a0People’s Party's"), 'tehreeketalibanpeoplespartys');
  assert.equal(foldText('A.Q. (C++) Khan—Network'), 'a.q.(c++)khan—network');
  assert.equal(foldText('ÇAĞRI İstanbul 𝐀'), 'cagriistanbul𝐀');
});

test('tokenising finds words of any script with their vocabulary ids, and the forms that start at words or punctuation', () => {
  const vocabulary = new Map([['taliban', 0], ['qayyum', 1]]);
  const forms: Form[] = [{ actorId: 'aqap', kind: 'short', text: '(AQ)', canonical: 'AQ', key: '(AQ)' }];
  const tokens = new Tokens(2);
  const found: number[] = [];
  const text = "Taliban's QAYYUM-e طالبان 𝒜b, x (AQ)";
  tokenise(text, new FormTrie(forms, vocabulary), tokens, (match) => found.push((match.mention ?? match.variant).start));
  const starts = Array.from(tokens.starts.subarray(0, tokens.count));
  const words = starts.map((start, index) => text.slice(start, tokens.ends[index]));
  assert.deepEqual(words, ['Taliban', 's', 'QAYYUM', 'e', 'طالبان', '𝒜b', 'x', 'AQ']);
  assert.deepEqual(Array.from(tokens.ids.subarray(0, tokens.count)), [0, -1, 1, -1, -1, -1, -1, -1]);
  assert.deepEqual(found, [text.indexOf('(AQ)')]);
});
