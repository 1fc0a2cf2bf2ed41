import { addUnit, addUnits, joinsWordAt, WORD_HASH_START } from '../../similarity/wordHash';
import { classAt, foldedAt, kindOf, OTHER, SEVERAL, unitOfClass, widthAt, WORD } from './fold';
import type { FormTrie } from './formTrie';
import { StringTrie } from './stringTrie';
import type { Match } from './types';

/**
 * The words of a text: runs of WORD characters, with each one's id in a vocabulary (-1 when not in it).
 * Beside them, the hashes of the words as shingles count them, where an apostrophe does not split a word.
 */
export class Tokens {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  wordCount = 0;
  wordHashes: Uint32Array;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    this.wordHashes = new Uint32Array(capacity);
  }

  pushWordHash(hash: number): void {
    if (this.wordCount === this.wordHashes.length) this.wordHashes = grown(this.wordHashes);
    this.wordHashes[this.wordCount++] = hash;
  }

  push(start: number, end: number, id: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.ids = grown(this.ids);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.ids[this.count++] = id;
  }
}

function grown<T extends Int32Array | Uint32Array>(array: T): T {
  const larger = new (array.constructor as new (length: number) => T)(Math.max(4, array.length * 2));
  larger.set(array);
  return larger;
}

/**
 * Splits `text` into `tokens` (emptied first) in one pass, reading each word into the trie of `forms`,
 * which gives its vocabulary id. The walk goes on past the word only when the word is the start of some
 * form, and each mention or variant found, starting at a word or at a punctuation character, goes to
 * `found`. Each word is also hashed for the shingles of near-duplicate search (similarity/wordHash.ts).
 */
export function tokenise(text: string, forms: FormTrie, tokens: Tokens, found: (match: Match) => void): void {
  const { trie } = forms;
  tokens.count = 0;
  tokens.wordCount = 0;
  let start = -1;
  let state = StringTrie.NONE;
  let hash = WORD_HASH_START;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const charClass = classAt(text, i);
    const kind = kindOf(charClass);
    const unit = unitOfClass(charClass);
    if (kind === WORD) {
      if (start < 0) {
        start = i;
        state = StringTrie.ROOT;
      }
      if (unit >= 0) {
        hash = addUnit(hash, unit);
        if (state !== StringTrie.NONE) state = trie.step(state, unit);
      } else if (unit === SEVERAL) {
        const folded = foldedAt(text, i);
        hash = addUnits(hash, folded);
        if (state !== StringTrie.NONE) state = trie.follow(state, folded);
      }
      inWord = true;
    } else {
      if (start >= 0) {
        endWord(text, start, i, state, forms, tokens, found);
        start = -1;
      }
      if (inWord && !joinsWordAt(text, i)) {
        tokens.pushWordHash(hash);
        hash = WORD_HASH_START;
        inWord = false;
      }
      // Nor does it start inside one, even when the form starts with punctuation.
      if (kind === OTHER && forms.mayStartAt(text, i) && (i === 0 || kindOf(classAt(text, i - 1)) !== WORD)) {
        const match = forms.matchFrom(text, i, i, StringTrie.ROOT);
        if (match) found(match);
      }
    }
    i += unit === SEVERAL ? widthAt(text, i) : 1;
  }
  if (start >= 0) endWord(text, start, text.length, state, forms, tokens, found);
  if (inWord) tokens.pushWordHash(hash);
}

/** Adds the word `text[start..end)`, whose folded text leads to `state`, and the match starting at it. */
function endWord(text: string, start: number, end: number, state: number, forms: FormTrie, tokens: Tokens, found: (match: Match) => void): void {
  tokens.push(start, end, forms.wordIdAt(state));
  const match = forms.matchAfterWord(text, start, end, state);
  if (match) found(match);
}
