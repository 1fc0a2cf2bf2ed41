/**
 * Word 3-shingles of a body, as sorted unique 32-bit hashes.
 *
 * The words are those the actor matcher reads (parse/actors/fold.ts): runs of Unicode letters, marks and
 * digits, folded to lower case without accents or other marks; whitespace, hyphens and punctuation
 * separate them. An apostrophe between two word characters joins them, so "Taliban’s" and "Talibans"
 * are one word, and "don't" is not "don" + "t". The actor scan hashes the words as it reads them
 * (`wordHashes`), and a body it has scanned need not be read again.
 */
import { classAt, foldedAt, kindOf, SEVERAL, unitOfClass, widthAt, WORD } from '../parse/actors/fold';
import { finalize, mixBlock } from './hash';
import { ScratchBuffer } from './scratch';
import { sortedUnique } from './sortedUnique';
import { addUnit, addUnits, isJoiningApostrophe, joinsWordAt, WORD_HASH_START } from './wordHash';

/** For each ASCII code: the folded code of a letter or digit, else 0. */
const ASCII_WORD_CODES = Uint8Array.from({ length: 0x80 }, (_, code) => {
  const character = String.fromCharCode(code);
  return /[A-Za-z0-9]/.test(character) ? character.toLowerCase().charCodeAt(0) : 0;
});

const encoder = new TextEncoder();
const asciiBytes = new ScratchBuffer(Uint8Array);
const wordBuffer = new ScratchBuffer(Uint32Array);
const shingleBuffer = new ScratchBuffer(Uint32Array);

/** Sorted unique 32-bit hashes of the word 3-shingles of a body. */
export function shingleHashes(body: string): Uint32Array {
  const words = wordBuffer.atLeast(maxWords(body.length));
  return shinglesOfWords(words, asciiWordHashes(body, words) ?? wordHashes(body, words));
}

/** Sorted unique shingle hashes of the first `count` word hashes of `words`. */
export function shinglesOfWords(words: Uint32Array, count = words.length): Uint32Array {
  if (count < 3) return new Uint32Array(0);
  const shingles = count - 2;
  const hashes = shingleBuffer.atLeast(shingles);
  for (let i = 0; i < shingles; i++) hashes[i] = shingleHash(words[i], words[i + 1], words[i + 2]);
  return sortedUnique(hashes, shingles);
}

/** Each word takes a character and all but the last a separator after it. */
function maxWords(length: number): number {
  return (length + 1) >> 1;
}

/**
 * wordHashes of a body that is all ASCII, read from its UTF-8 bytes, which is several times faster than
 * reading its characters one by one; undefined when the body is not all ASCII.
 */
function asciiWordHashes(body: string, into: Uint32Array): number | undefined {
  const bytes = asciiBytes.atLeast(body.length);
  const { read, written } = encoder.encodeInto(body, bytes);
  if (read !== body.length || written !== body.length) return undefined;
  let count = 0;
  let hash = WORD_HASH_START;
  let inWord = false;
  for (let i = 0; i < written; i++) {
    const code = ASCII_WORD_CODES[bytes[i]];
    if (code !== 0) {
      hash = addUnit(hash, code);
      inWord = true;
    } else if (inWord && !(isJoiningApostrophe(bytes[i]) && i + 1 < written && ASCII_WORD_CODES[bytes[i + 1]] !== 0)) {
      into[count++] = hash;
      hash = WORD_HASH_START;
      inWord = false;
    }
  }
  if (inWord) into[count++] = hash;
  return count;
}

/** The hash of each word of `text` into `into`, as the actor scan hashes them; returns the number of words. */
function wordHashes(text: string, into: Uint32Array): number {
  let count = 0;
  let hash = WORD_HASH_START;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const charClass = classAt(text, i);
    const unit = unitOfClass(charClass);
    if (kindOf(charClass) === WORD) {
      if (unit >= 0) hash = addUnit(hash, unit);
      else if (unit === SEVERAL) hash = addUnits(hash, foldedAt(text, i));
      inWord = true;
    } else if (inWord && !joinsWordAt(text, i)) {
      into[count++] = hash;
      hash = WORD_HASH_START;
      inWord = false;
    }
    i += unit === SEVERAL ? widthAt(text, i) : 1;
  }
  if (inWord) into[count++] = hash;
  return count;
}

/** MurmurHash3 of the three word hashes as one 12-byte key: the order of the words matters. */
function shingleHash(first: number, second: number, third: number): number {
  return finalize(mixBlock(mixBlock(mixBlock(0, first), second), third) ^ 12);
}
