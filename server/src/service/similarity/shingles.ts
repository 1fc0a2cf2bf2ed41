/**
 * Word 3-shingles of a body, as sorted unique 32-bit hashes.
 *
 * A word is a run of Unicode letters, combining marks and digits, lower-cased; everything else separates
 * words and is dropped. An apostrophe between two word characters is dropped without splitting, so
 * "Taliban’s" and "Talibans" are one word, and "don't" is not "don" + "t".
 */
import { finalize, mixBlock } from './hash';

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTATION_MARK = 0x2019;
const MODIFIER_LETTER_APOSTROPHE = 0x2bc;
const NON_ASCII_WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
/** 1 for the lower-case ASCII letters and the digits (the text is lower-cased first), else 0. */
const ASCII_WORD_CHARACTERS = Uint8Array.from({ length: 0x80 }, (_, code) => Number(/[a-z0-9]/.test(String.fromCharCode(code))));

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Sorted unique 32-bit hashes of the word 3-shingles of a body (words lower-cased, punctuation dropped, Unicode letters/digits kept). */
export function shingleHashes(body: string): Uint32Array {
  const words = wordHashes(body.toLowerCase());
  if (words.length < 3) return new Uint32Array(0);
  const shingles = new Uint32Array(words.length - 2);
  for (let i = 0; i < shingles.length; i++) shingles[i] = shingleHash(words[i], words[i + 1], words[i + 2]);
  return sortedUnique(shingles);
}

/** FNV-1a of each word's UTF-16 code units, apostrophes left out. */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
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
      if (inWord) hashes.push(hash >>> 0);
      hash = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) hashes.push(hash >>> 0);
  return hashes;
}

/** How many UTF-16 code units the letter, mark or digit at `index` takes: 0 when it is none of those. */
function wordCharacterWidth(text: string, index: number, code: number): number {
  if (code < 0x80) return ASCII_WORD_CHARACTERS[code];
  if (Number.isNaN(code)) return 0;
  const character = String.fromCodePoint(text.codePointAt(index)!);
  return NON_ASCII_WORD_CHARACTER.test(character) ? character.length : 0;
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTATION_MARK || code === MODIFIER_LETTER_APOSTROPHE;
}

/** MurmurHash3 of the three word hashes as one 12-byte key: the order of the words matters. */
function shingleHash(first: number, second: number, third: number): number {
  return finalize(mixBlock(mixBlock(mixBlock(0, first), second), third) ^ 12);
}

/** Sorts in place and returns a compact copy without repeats (a copy, so structured clone sends no slack). */
function sortedUnique(values: Uint32Array): Uint32Array {
  values.sort();
  let length = 0;
  for (let i = 0; i < values.length; i++) {
    if (length === 0 || values[i] !== values[length - 1]) values[length++] = values[i];
  }
  return values.slice(0, length);
}
