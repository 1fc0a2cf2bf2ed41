import { foldedAt, kindAt, OTHER, SEVERAL, unitOf, widthAt, WORD } from './fold';
import { StringTrie } from './stringTrie';

/** The words of a text: runs of WORD characters, with each one's id in a vocabulary (-1 when not in it). */
export class Tokens {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
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

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(Math.max(4, array.length * 2));
  larger.set(array);
  return larger;
}

/**
 * Splits `text` into words in one pass, looking each up in `vocabulary` (a trie of folded words whose
 * values are word ids) as it goes, and calls `onStart` at every word start and punctuation character.
 */
export function tokenise(text: string, vocabulary: StringTrie, onStart: (index: number) => void): Tokens {
  const tokens = new Tokens(Math.max(4, text.length >> 3));
  let start = -1;
  let state = StringTrie.ROOT;
  for (let i = 0; i < text.length; ) {
    const kind = kindAt(text, i);
    const unit = unitOf(text.charCodeAt(i));
    if (kind === WORD) {
      if (start < 0) {
        start = i;
        state = StringTrie.ROOT;
        onStart(i);
      }
      if (state !== StringTrie.NONE && unit >= 0) state = vocabulary.step(state, unit);
      else if (state !== StringTrie.NONE && unit === SEVERAL) state = vocabulary.follow(state, foldedAt(text, i));
    } else {
      if (start >= 0) tokens.push(start, i, state !== StringTrie.NONE ? vocabulary.valueOf(state) : -1);
      start = -1;
      if (kind === OTHER) onStart(i);
    }
    i += unit === SEVERAL ? widthAt(text, i) : 1;
  }
  if (start >= 0) tokens.push(start, text.length, state !== StringTrie.NONE ? vocabulary.valueOf(state) : -1);
  return tokens;
}
