import { withinEdits } from './editDistance';
import { foldText } from './fold';

const SHORTEST_MISSPELT_WORD = 4;
/** Accepted words this long or longer may be misspelt by two edits, shorter ones by one. */
const LONG_WORD = 7;
const DOUBLED = /(.)\1+/gu;

/** A word, folded, and ready to be compared with many others. */
export interface Word {
  readonly folded: string;
  /** `folded` with each run of one letter written once: transliterations double letters at will. */
  readonly undoubled: string;
  /** The letters `folded` holds, one bit each (modulo 32). One edit changes at most two bits. */
  readonly letters: number;
}

/** A word of an accepted form that a near miss may stand for, with how many edits it may be away. */
export interface AcceptedWord extends Word {
  readonly limit: number;
}

function wordOf(written: string): Word {
  const folded = foldText(written);
  let letters = 0;
  for (let i = 0; i < folded.length; i++) letters |= 1 << (folded.charCodeAt(i) & 31);
  return { folded, undoubled: folded.replace(DOUBLED, '$1'), letters };
}

/** Whether the word at `index` starts as a name does: with anything but a lower-case letter. */
export function capitalisedAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code < 97 || code > 122;
  const first = String.fromCodePoint(text.codePointAt(index) ?? 0);
  return first === first.toUpperCase();
}

/**
 * Whether a word of an accepted form, as written and folded, may be misspelt: it has four letters or
 * more ("Al" in "Al Qaeda" has not) and is capitalised. Names are written capitalised; a lower-case word
 * in a form ("network", "military") is a common word whose near misses are other common words.
 */
export function mayBeMisspelt(written: string, folded: string): boolean {
  return folded.length >= SHORTEST_MISSPELT_WORD && capitalisedAt(written, 0);
}

/** `written`, a word that `mayBeMisspelt`, as an accepted word a near miss may stand for. */
export function acceptedWordOf(written: string): AcceptedWord {
  const word = wordOf(written);
  return { ...word, limit: word.folded.length >= LONG_WORD ? 2 : 1 };
}

/** How many prose words' spellings a `Spellings` keeps: prose repeats its names. */
const REMEMBERED_SPELLINGS = 16384;

/** The folded forms of the prose words compared lately. */
export class Spellings {
  private readonly known = new Map<string, Word>();

  of(written: string): Word {
    let word = this.known.get(written);
    if (!word) {
      word = wordOf(written);
      if (this.known.size >= REMEMBERED_SPELLINGS) this.known.clear();
      this.known.set(written, word);
    }
    return word;
  }
}

/** A word of the prose: whether it is capitalised is known at once, its spelling once a comparison needs it. */
export class ProseWord implements Word {
  readonly capitalised: boolean;
  private spelling?: Word;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly spellings: Spellings,
  ) {
    this.capitalised = capitalisedAt(text, start);
  }

  get folded(): string {
    return this.spelt().folded;
  }

  get undoubled(): string {
    return this.spelt().undoubled;
  }

  get letters(): number {
    return this.spelt().letters;
  }

  private spelt(): Word {
    return (this.spelling ??= this.spellings.of(this.text.slice(this.start, this.end)));
  }
}

/**
 * Whether `word` may be a misspelling of `accepted`: capitalised ("Pakistan arms" is no misspelling of
 * "Pakistan Army"), not equal to it after folding, not the same word with a plural `s` or an adjective's
 * `i` more or less ("Islamic States" is not "Islamic State", "Pakistan Taliban" not "Pakistani Taliban"),
 * and, with doubled letters written once, at most `accepted.limit` edits away (see `withinEdits`). So
 * "Qayam" and "Qayum" both stand for "Qayyum", and "Navy" does not stand for "Army".
 */
export function isNearMiss(word: ProseWord, accepted: AcceptedWord): boolean {
  const { limit } = accepted;
  if (!word.capitalised) return false;
  if (!mayBeWithin(word.undoubled.length, word.letters, accepted.undoubled.length, accepted.letters, limit)) return false;
  const { folded } = word;
  if (folded === accepted.folded || isInflexionOf(folded, accepted.folded) || isInflexionOf(accepted.folded, folded)) {
    return false;
  }
  return withinEdits(word.undoubled, accepted.undoubled, limit);
}

/** Whether `longer` is `shorter` with a plural's `s` or an adjective's `i` ("Pakistani") at its end. */
function isInflexionOf(longer: string, shorter: string): boolean {
  const last = longer.charCodeAt(longer.length - 1);
  return longer.length === shorter.length + 1 && (last === 115 || last === 105) && longer.startsWith(shorter);
}

/**
 * Whether words with these undoubled lengths and `letters` bits may be `limit` edits apart or less: an
 * edit changes the length by one at most, and the letters by two.
 */
export function mayBeWithin(length: number, letters: number, otherLength: number, otherLetters: number, limit: number): boolean {
  return Math.abs(length - otherLength) <= limit && bitCount(letters ^ otherLetters) <= 2 * limit;
}

function bitCount(bits: number): number {
  const pairs = bits - ((bits >>> 1) & 0x55555555);
  const nibbles = (pairs & 0x33333333) + ((pairs >>> 2) & 0x33333333);
  return (Math.imul((nibbles + (nibbles >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
