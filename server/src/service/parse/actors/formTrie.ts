import { foldedAt, foldText, isLineBreakAt, kindAt, SEVERAL, SKIP, unitOf, widthAt, WORD } from './fold';
import { exactKey } from './forms';
import { StringTrie } from './stringTrie';
import type { Form, Match } from './types';

/**
 * Every registry form, keyed by its folded text in a character trie. A walk from a word's start follows
 * the folded prose; each node it passes where a form ends, at a word boundary, is a phrase folding to
 * that form: a mention when it is also written as the form, else a variant.
 */
export class FormTrie {
  private readonly trie: StringTrie;
  /** The forms of each folded text (the trie's value for it indexes this), in registry order. */
  private readonly groups: Form[][] = [];

  constructor(forms: readonly Form[]) {
    this.trie = new StringTrie(forms.length);
    for (const form of forms) {
      const folded = foldText(form.text);
      if (!folded) continue;
      const group = this.trie.insert(folded, this.groups.length);
      if (group < this.groups.length) this.groups[group].push(form);
      else this.groups.push([form]);
    }
  }

  /**
   * The longest mention or variant starting at `start`, which must be a word's start or a punctuation
   * character. Any whitespace run inside it is one space, except one holding a blank line.
   */
  matchAt(text: string, start: number): Match | undefined {
    const { trie } = this;
    let ends: number[] | undefined;
    let groups: number[] | undefined;
    let state = StringTrie.ROOT;
    let lineBreaks = 0;
    for (let i = start; i < text.length; ) {
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
      const group = trie.valueOf(state);
      if (group >= 0 && (kind !== WORD || kindAt(text, i) !== WORD)) {
        (ends ??= []).push(i);
        (groups ??= []).push(group);
      }
    }
    if (!ends || !groups) return undefined;
    for (let k = ends.length - 1; k >= 0; k--) {
      const match = classify(text, start, ends[k], this.groups[groups[k]]);
      if (match) return match;
    }
    return undefined;
  }
}

/**
 * What a phrase folding to the forms of `group` is. Written as an accepted form: a mention (short forms
 * compare case-sensitively). Else written as an avoided form, or folding to a name or alias: a variant.
 * A phrase that only folds to a short form is neither: "is" is not a misspelling of "IS".
 */
function classify(text: string, start: number, end: number, group: readonly Form[]): Match | undefined {
  const phrase = text.slice(start, end);
  const asWritten = exactKey(phrase, true);
  const lower = asWritten.toLowerCase();
  let avoided: Form | undefined;
  let folded: Form | undefined;
  let foldedAvoided: Form | undefined;
  for (const form of group) {
    if (form.kind === 'avoid') {
      if (form.key === lower) avoided ??= form;
      else foldedAvoided ??= form;
    } else if (form.key === (form.kind === 'short' ? asWritten : lower)) {
      return { mention: { start, end, actorId: form.actorId, form: form.kind } };
    } else if (form.kind !== 'short') folded ??= form;
  }
  const variant = avoided ?? folded ?? foldedAvoided;
  if (!variant) return undefined;
  const reason = variant === folded ? 'folded' : 'avoid';
  return { variant: { start, end, actorId: variant.actorId, text: phrase, canonical: variant.canonical, reason } };
}
