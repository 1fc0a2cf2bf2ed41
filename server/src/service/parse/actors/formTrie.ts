import { foldedAt, foldText, isLineBreakAt, kindAt, SEVERAL, SKIP, unitOf, widthAt, WORD } from './fold';
import { classify, firstUnitOf } from './classify';

const SPACE = 32;
import { StringTrie } from './stringTrie';
import type { Form, Match } from './types';

/**
 * Every registry form, keyed by its folded text in a character trie. A walk from a word's start follows
 * the folded prose; each node it passes where a form ends, at a word boundary, is a phrase folding to
 * that form: a mention when it is also written as the form, else a variant. The trie also holds the
 * words of the vocabulary, so that one walk over a prose word finds both its id and whether a form may
 * start with it.
 */
export class FormTrie {
  readonly trie: StringTrie;
  /** The forms of each folded text, in registry order. */
  private readonly groups: Form[][] = [];
  /** Per key of the trie (its value indexes these): the index of its group of forms, or -1 ... */
  private readonly groupOf: number[] = [];
  /** ... its id in the vocabulary, or -1 ... */
  private readonly wordIds: number[] = [];
  /** ... and its id among the keywords, or -1. */
  private readonly keywordIds: number[] = [];
  /** Per group: the first unit a phrase must be written with to be one of its forms, or -1: see `firstUnitOf`. */
  private readonly firstUnits: Int32Array;

  /** `vocabulary` maps folded words to their ids; `keywords` are other words a walk tells apart, each its index. */
  constructor(forms: readonly Form[], vocabulary: ReadonlyMap<string, number>, keywords: readonly string[] = []) {
    this.trie = new StringTrie(forms.length + vocabulary.size + keywords.length);
    for (const form of forms) {
      const folded = foldText(form.text);
      if (!folded) continue;
      const key = this.keyOf(folded, true);
      const group = this.groupOf[key];
      if (group >= 0) this.groups[group].push(form);
      else this.groupOf[key] = this.groups.push([form]) - 1;
    }
    for (const [word, id] of vocabulary) this.wordIds[this.keyOf(word, false)] = id;
    keywords.forEach((word, id) => (this.keywordIds[this.keyOf(foldText(word), false)] = id));
    this.firstUnits = Int32Array.from(this.groups, firstUnitOf);
  }

  /** The key of the word read to reach `state`, for `wordIdOf` and `keywordOf`: -1 when none. */
  keyAt(state: number): number {
    return this.trie.valueOf(state);
  }

  /** The vocabulary id of the word of `key`, or -1. */
  wordIdOf(key: number): number {
    return key >= 0 ? this.wordIds[key] : -1;
  }

  /** The keyword id of the word of `key`, or -1. */
  keywordOf(key: number): number {
    return key >= 0 ? this.keywordIds[key] : -1;
  }

  /**
   * The longest mention or variant starting at the word `text[start..end)`, whose folded text leads to
   * `state`. Most words that start a form are common ones ("of", "a") that the next word does not go on
   * with: a look at the character after the spaces that follow settles those without a walk.
   */
  matchAfterWord(text: string, start: number, end: number, state: number): Match | undefined {
    const { trie } = this;
    if (!trie.isMarked(state)) return undefined;
    if (this.groupAt(state) < 0) {
      let next = end;
      while (text.charCodeAt(next) === SPACE) next++;
      const unit = next < text.length && kindAt(text, next) !== SKIP ? unitOf(text.charCodeAt(next)) : -1;
      if (unit >= 0 && !trie.isMarked(trie.step(state, unit))) return undefined;
    }
    return this.matchFrom(text, start, end, state);
  }

  /** Whether a form may start with the punctuation character at `index`. */
  mayStartAt(text: string, index: number): boolean {
    const unit = unitOf(text.charCodeAt(index));
    return unit < 0 || this.trie.step(StringTrie.ROOT, unit) !== StringTrie.NONE;
  }

  /**
   * The longest mention or variant starting at `start`, which must be a word's start or a punctuation
   * character, when the walk has read the text up to `from` (`start` itself, or the end of the word at
   * `start`) and reached `state`. Any whitespace run inside it is one space, except one holding a blank line.
   */
  matchFrom(text: string, start: number, from: number, state: number): Match | undefined {
    const { trie } = this;
    let ends: number[] | undefined;
    let endGroups: number[] | undefined;
    const first = from > start ? this.groupAt(state) : -1;
    if (first >= 0) {
      ends = [from];
      endGroups = [first];
    }
    let lineBreaks = 0;
    for (let i = from; i < text.length; ) {
      const kind = kindAt(text, i);
      if (kind === SKIP) {
        if (isLineBreakAt(text, i) && ++lineBreaks > 1) break;
        i++;
        continue;
      }
      lineBreaks = 0;
      const unit = unitOf(text.charCodeAt(i));
      if (unit >= 0) {
        state = trie.step(state, unit);
        i++;
      } else if (unit === SEVERAL) {
        state = trie.follow(state, foldedAt(text, i));
        i += widthAt(text, i);
      } else i++;
      if (state === StringTrie.NONE) break;
      // A mention never ends inside a word, even when the form ends in punctuation ("C++" in "C++x").
      if (kindAt(text, i) === WORD) continue;
      const group = this.groupAt(state);
      if (group >= 0) {
        (ends ??= []).push(i);
        (endGroups ??= []).push(group);
      }
    }
    if (!ends || !endGroups) return undefined;
    const firstUnit = text.charCodeAt(start) < 128 && text.charCodeAt(start + 1) < 128 ? text.charCodeAt(start) : -1;
    for (let k = ends.length - 1; k >= 0; k--) {
      const group = endGroups[k];
      const required = this.firstUnits[group];
      if (firstUnit >= 0 && required >= 0 && firstUnit !== required) continue;
      const match = classify(text, start, ends[k], this.groups[group]);
      if (match) return match;
    }
    return undefined;
  }

  private groupAt(state: number): number {
    const key = this.trie.valueOf(state);
    return key >= 0 ? this.groupOf[key] : -1;
  }

  /** The value of `folded` in the trie (marked for a form), added with no group and no word id if new. */
  private keyOf(folded: string, form: boolean): number {
    const key = this.trie.insert(folded, this.groupOf.length, form);
    if (key === this.groupOf.length) {
      this.groupOf.push(-1);
      this.wordIds.push(-1);
      this.keywordIds.push(-1);
    }
    return key;
  }
}
