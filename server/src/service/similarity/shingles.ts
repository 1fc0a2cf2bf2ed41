/**
 * Word 3-shingles of a body, as sorted unique 32-bit hashes.
 *
 * A word is a run of Unicode letters, combining marks and digits, lower-cased; everything else separates
 * words and is dropped. An apostrophe between two word characters is dropped without splitting, so
 * "Taliban’s" and "Talibans" are one word, and "don't" is not "don" + "t".
 */
import { finalize, mixBlock } from './hash';
import { ScratchBuffer } from './scratch';
import { sortedUnique } from './sortedUnique';

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTATION_MARK = 0x2019;
const MODIFIER_LETTER_APOSTROPHE = 0x2bc;
const NON_ASCII_WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
/** For each ASCII code: the lower-case code of a letter or digit, else 0. */
const ASCII_WORD_CODES = Uint8Array.from({ length: 0x80 }, (_, code) => {
  const character = String.fromCharCode(code);
  return /[A-Za-z0-9]/.test(character) ? character.toLowerCase().charCodeAt(0) : 0;
});
const NOT_WORD = 1;
const WORD = 2;
/** Per UTF-16 code unit outside the surrogates: 0 until first seen, then WORD or NOT_WORD. */
const bmpClasses = new Uint8Array(0x10000);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const encoder = new TextEncoder();
const asciiBytes = new ScratchBuffer(Uint8Array);
const wordBuffer = new ScratchBuffer(Uint32Array);

/** Sorted unique 32-bit hashes of the word 3-shingles of a body (words lower-cased, punctuation dropped, Unicode letters/digits kept). */
export function shingleHashes(body: string): Uint32Array {
  let words = wordBuffer.atLeast(maxWords(body.length));
  let count = asciiWordHashes(body, words);
  if (count === undefined) {
    const text = body.toLowerCase();
    words = wordBuffer.atLeast(maxWords(text.length));
    count = wordHashes(text, words);
  }
  if (count < 3) return new Uint32Array(0);
  const shingles = count - 2;
  for (let i = 0; i < shingles; i++) words[i] = shingleHash(words[i], words[i + 1], words[i + 2]);
  return sortedUnique(words, shingles);
}

/** Each word takes a character and all but the last a separator after it. */
function maxWords(length: number): number {
  return (length + 1) >> 1;
}

/**
 * wordHashes of a body that is all ASCII, read from its UTF-8 bytes, which is several times faster than
 * charCodeAt and lower-casing the string; undefined when the body is not all ASCII.
 */
function asciiWordHashes(body: string, into: Uint32Array): number | undefined {
  const bytes = asciiBytes.atLeast(body.length);
  const { read, written } = encoder.encodeInto(body, bytes);
  if (read !== body.length || written !== body.length) return undefined;
  let count = 0;
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < written; i++) {
    const code = ASCII_WORD_CODES[bytes[i]];
    if (code !== 0) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      inWord = true;
    } else if (inWord && !(bytes[i] === APOSTROPHE && i + 1 < written && isAsciiWordCharacter(bytes[i + 1]))) {
      into[count++] = hash;
      hash = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) into[count++] = hash;
  return count;
}

function isAsciiWordCharacter(code: number): boolean {
  return code < 0x80 && ASCII_WORD_CODES[code] !== 0;
}

/** FNV-1a of each word's UTF-16 code units, apostrophes left out, into `into`; returns the number of words. */
function wordHashes(text: string, into: Uint32Array): number {
  let count = 0;
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const width = wordCharacterWidth(text, i, code);
    if (width > 0) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(++i), FNV_PRIME);
      inWord = true;
    } else if (!(inWord && isApostrophe(code) && wordCharacterWidth(text, i + 1, text.charCodeAt(i + 1)) > 0)) {
      if (inWord) into[count++] = hash;
      hash = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) into[count++] = hash;
  return count;
}

/** How many UTF-16 code units the letter, mark or digit at `index` takes: 0 when it is none of those. */
function wordCharacterWidth(text: string, index: number, code: number): number {
  if (code < 0x80) return isAsciiWordCharacter(code) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  if (code < 0xd800 || code > 0xdfff) return bmpClass(code) === WORD ? 1 : 0;
  const character = String.fromCodePoint(text.codePointAt(index)!);
  return NON_ASCII_WORD_CHARACTER.test(character) ? character.length : 0;
}

function bmpClass(code: number): number {
  if (bmpClasses[code] === 0) bmpClasses[code] = NON_ASCII_WORD_CHARACTER.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
  return bmpClasses[code];
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTATION_MARK || code === MODIFIER_LETTER_APOSTROPHE;
}

/** MurmurHash3 of the three word hashes as one 12-byte key: the order of the words matters. */
function shingleHash(first: number, second: number, third: number): number {
  return finalize(mixBlock(mixBlock(mixBlock(0, first), second), third) ^ 12);
}
