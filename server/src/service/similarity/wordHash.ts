import { kindAt, WORD } from '../parse/actors/fold';

/**
 * How a word of a body is hashed for its shingles (FNV-1a over its folded UTF-16 units), shared by the
 * actor scan, which hashes each word as it reads it, and by shingles.ts, which reads a body the scan did not.
 */

export const WORD_HASH_START = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export function addUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

/** The folded units of `text` added one by one. */
export function addUnits(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = addUnit(hash, text.charCodeAt(i));
  return hash;
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTATION_MARK = 0x2019;

/** An apostrophe joins the word characters on either side of it into one word: "Taliban’s", "don't". */
export function isJoiningApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTATION_MARK;
}

/** Whether the character at `index`, which follows a word character, is an apostrophe that a word character follows. */
export function joinsWordAt(text: string, index: number): boolean {
  return isJoiningApostrophe(text.charCodeAt(index)) && kindAt(text, index + 1) === WORD;
}
