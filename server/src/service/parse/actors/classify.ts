import { exactKey } from './forms';
import type { Form, Match } from './types';

/**
 * What a phrase folding to the forms of `group` is. Written as an accepted form: a mention (short forms
 * compare case-sensitively). Else written as an avoided form, or folding to a name or alias: a variant.
 * A phrase that only folds to a short form is neither: "is" is not a misspelling of "IS".
 */
export function classify(text: string, start: number, end: number, group: readonly Form[]): Match | undefined {
  const phrase = text.slice(start, end);
  const asWritten = isOwnKey(phrase) ? phrase : exactKey(phrase, true);
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
  return { variant: { start, end, actorId: variant.actorId, text: phrase, canonical: variant.canonical, near: variant.text, reason } };
}

/**
 * The first unit every phrase `classify` finds one of `group` in must start with, when the phrase
 * starts with two ASCII characters (that NFC leaves alone), or -1. Only a group of short forms, which
 * compare case-sensitively, all starting with the same ASCII character, has one: the prose words that
 * fold to a short form ("is", "as" to "IS", "AS") are mostly not written as one.
 */
export function firstUnitOf(group: readonly Form[]): number {
  const first = group[0].key.charCodeAt(0);
  const required = group.every((form) => form.kind === 'short' && form.key.charCodeAt(0) === first);
  return required && first < 128 ? first : -1;
}

/** Whether `phrase`, which starts and ends with no whitespace, is its own exact key: ASCII with single spaces. */
function isOwnKey(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i);
    if (code > 126 || (code < 33 && (code !== 32 || phrase.charCodeAt(i + 1) === 32))) return false;
  }
  return true;
}
