import { classAt, foldedAt, kindOf, OTHER, SEVERAL, unitOfClass, widthAt, WORD } from './fold';
import type { FormTrie } from './formTrie';
import { StringTrie } from './stringTrie';
import type { Match } from './types';

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
 * Splits `text` into `tokens` (emptied first) in one pass, reading each word into the trie of `forms`,
 * which gives its vocabulary id. The walk goes on past the word only when the word is the start of some
 * form, and each mention or variant found, starting at a word or at a punctuation character, goes to
 * `found`.
 */
export function tokenise(text: string, forms: FormTrie, tokens: Tokens, found: (match: Match) => void): void {
  const { trie } = forms;
  tokens.count = 0;
  let start = -1;
  let state = StringTrie.NONE;
  for (let i = 0; i < text.length; ) {
    const charClass = classAt(text, i);
    const kind = kindOf(charClass);
    const unit = unitOfClass(charClass);
    if (kind === WORD) {
      if (start < 0) {
        start = i;
        state = StringTrie.ROOT;
      }
      if (state !== StringTrie.NONE) {
        if (unit >= 0) state = trie.step(state, unit);
        else if (unit === SEVERAL) state = trie.follow(state, foldedAt(text, i));
      }
    } else {
      if (start >= 0) {
        endWord(text, start, i, state, forms, tokens, found);
        start = -1;
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
}

/** Adds the word `text[start..end)`, whose folded text leads to `state`, and the match starting at it. */
function endWord(text: string, start: number, end: number, state: number, forms: FormTrie, tokens: Tokens, found: (match: Match) => void): void {
  tokens.push(start, end, forms.wordIdAt(state));
  const match = forms.matchAfterWord(text, start, end, state);
  if (match) found(match);
}
