import { addUnit, addUnits, joinsWordAt, WORD_HASH_START } from '../../similarity/wordHash';
import { classAt, foldedAt, kindOf, OTHER, SEVERAL, unitOfClass, widthAt, WORD } from './fold';
import type { FormTrie } from './formTrie';
import { StringTrie } from './stringTrie';
import type { Match } from './types';
import { isAsciiDigit } from '../../text/chars';

/** The note of a word that holds an ASCII digit; a keyword's note is its id. */
export const HOLDS_DIGIT = -1;

/**
 * The words of a text: runs of WORD characters, with each one's id in a vocabulary (-1 when not in it).
 * Beside them, the hashes of the words as shingles count them, where an apostrophe does not split a word,
 * and notes of the words the number reader looks for (parse/numbers/keywords.ts).
 */
export class Tokens {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  wordCount = 0;
  wordHashes: Uint32Array;
  /** Pairs of a word's index and its note: a keyword's id, or HOLDS_DIGIT. */
  noted: Int32Array;
  notedCount = 0;
  /** Whether every WORD character of the text is ASCII. */
  asciiWords = true;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    this.wordHashes = new Uint32Array(capacity);
    this.noted = new Int32Array(64);
  }

  note(token: number, note: number): void {
    if (this.notedCount === this.noted.length) this.noted = grown(this.noted);
    this.noted[this.notedCount++] = token;
    this.noted[this.notedCount++] = note;
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
  tokens.notedCount = 0;
  tokens.asciiWords = true;
  let digits = false;
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
        if (isAsciiDigit(unit)) digits = true;
      } else if (unit === SEVERAL) {
        const folded = foldedAt(text, i);
        hash = addUnits(hash, folded);
        if (state !== StringTrie.NONE) state = trie.follow(state, folded);
      }
      if (text.charCodeAt(i) >= 128) tokens.asciiWords = false;
      inWord = true;
    } else {
      if (start >= 0) {
        endWord(text, start, i, state, digits, forms, tokens, found);
        start = -1;
        digits = false;
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
  if (start >= 0) endWord(text, start, text.length, state, digits, forms, tokens, found);
  if (inWord) tokens.pushWordHash(hash);
}

/**
 * Adds the word `text[start..end)`, whose folded text leads to `state`, its note if it is a keyword or
 * holds `digits`, and the match starting at it.
 */
function endWord(text: string, start: number, end: number, state: number, digits: boolean, forms: FormTrie, tokens: Tokens, found: (match: Match) => void): void {
  const key = forms.keyAt(state);
  const keyword = forms.keywordOf(key);
  if (keyword >= 0) tokens.note(tokens.count, keyword);
  else if (digits) tokens.note(tokens.count, HOLDS_DIGIT);
  tokens.push(start, end, forms.wordIdOf(key));
  const match = forms.matchAfterWord(text, start, end, state);
  if (match) found(match);
}
