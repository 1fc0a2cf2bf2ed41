import { editDistance } from '../../text/closest';
import { foldText } from './fold';

const SHORTEST_MISSPELT_WORD = 4;
/** Accepted words this long or longer may be misspelt by two edits, shorter ones by one. */
const LONG_WORD = 7;
const DOUBLED = /(.)\1+/gu;

/** A word, folded, and ready to be compared with many others. */
export interface Word {
  readonly capitalised: boolean;
  readonly folded: string;
  /** `folded` with each run of one letter written once: transliterations double letters at will. */
  readonly undoubled: string;
  /** The letters `folded` holds, one bit each (modulo 32). One edit changes at most two bits. */
  readonly letters: number;
}

/** A word of an accepted form that a near miss may stand for. */
export interface AcceptedWord extends Word {
  limit: number;
}

type Spelling = Omit<Word, 'capitalised'>;

function spellingOf(written: string): Spelling {
  const folded = foldText(written);
  let letters = 0;
  for (let i = 0; i < folded.length; i++) letters |= 1 << (folded.charCodeAt(i) & 31);
  return { folded, undoubled: folded.replace(DOUBLED, '$1'), letters };
}

function capitalisedAt(text: string, index: number): boolean {
  const first = String.fromCodePoint(text.codePointAt(index) ?? 0);
  return first !== first.toLowerCase();
}

/** How many prose words' spellings a `Spellings` keeps: prose repeats its names. */
const REMEMBERED_SPELLINGS = 16384;

/** The spellings of the prose words compared lately. */
export class Spellings {
  private readonly known = new Map<string, Spelling>();

  of(written: string): Spelling {
    let spelling = this.known.get(written);
    if (!spelling) {
      spelling = spellingOf(written);
      if (this.known.size >= REMEMBERED_SPELLINGS) this.known.clear();
      this.known.set(written, spelling);
    }
    return spelling;
  }
}

/** A word of the prose: its capital is known at once, its spelling only once a comparison needs it. */
export class ProseWord implements Word {
  readonly capitalised: boolean;
  private spelling?: Spelling;

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

  private spelt(): Spelling {
    return (this.spelling ??= this.spellings.of(this.text.slice(this.start, this.end)));
  }
}

/** `written`, a word of at least four letters, as an accepted word a near miss may stand for. */
export function acceptedWordOf(written: string): AcceptedWord {
  const spelling = spellingOf(written);
  return { ...spelling, capitalised: capitalisedAt(written, 0), limit: spelling.folded.length >= LONG_WORD ? 2 : 1 };
}

/** Whether a word of an accepted form is long enough to be misspelt: "Al" in "Al Qaeda" is not. */
export function mayBeMisspelt(folded: string): boolean {
  return folded.length >= SHORTEST_MISSPELT_WORD;
}

/**
 * Whether `word` may be a misspelling of `accepted`: not equal to it after folding, capitalised where it
 * is (names are written capitalised: "Pakistan arms" is no misspelling of "Pakistan Army"), no plural `s`
 * more or less ("Islamic States" is not "Islamic State"), and with doubled letters written once, at most
 * `accepted.limit` edits away (Damerau–Levenshtein, an adjacent transposition counting one). So "Qayam"
 * and "Qayum" both stand for "Qayyum", and "Navy" is not "Army".
 */
export function isNearMiss(word: Word, accepted: AcceptedWord): boolean {
  const { limit } = accepted;
  if (accepted.capitalised && !word.capitalised) return false;
  if (Math.abs(word.undoubled.length - accepted.undoubled.length) > limit) return false;
  if (bitCount(word.letters ^ accepted.letters) > 2 * limit) return false;
  if (word.folded === accepted.folded || isPluralOf(word.folded, accepted.folded) || isPluralOf(accepted.folded, word.folded)) {
    return false;
  }
  return editDistance(word.undoubled, accepted.undoubled, limit) <= limit;
}

function isPluralOf(plural: string, singular: string): boolean {
  return plural.length === singular.length + 1 && plural.endsWith('s') && plural.startsWith(singular);
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
