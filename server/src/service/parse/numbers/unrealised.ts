/**
 * Casualty words that count nobody (spec section 5: counts of people who are not casualties are no
 * figures). Negated: "the 12 guards were not injured", "none were killed", "no casualties among the 200
 * worshippers", "escaped without injuries". Not done: "threatened to kill 10 hostages", "two more may die",
 * "the device could have killed 200 people".
 */
import type { CasualtyWord } from './casualtyWords';
import { wordBefore, type Word } from './text';
import { BASE_FORMS, COUNTERFACTUAL_MODALS, MODALS, NEGATION_GAP, NEGATORS } from './vocabulary';

/** At most this many auxiliaries between a negator and its casualty word: "have not yet been reported killed". */
const MAX_GAP_WORDS = 4;
const LONGEST_BASE_FORM = Math.max(...[...BASE_FORMS].map((form) => form.length));

export function countsNobody(text: string, word: CasualtyWord): boolean {
  const before = wordBefore(text, word.start);
  return before !== undefined && (isNegated(text, before) || isUndone(text, word, before));
}

/** Whether `before`, the word before a casualty word, or the first word before it past auxiliaries is a negator. */
function isNegated(text: string, before: Word): boolean {
  let word: Word | undefined = before;
  for (let gap = 0; word && NEGATION_GAP.has(word.text) && gap < MAX_GAP_WORDS; gap++) word = wordBefore(text, word.start);
  return word !== undefined && isNegator(text, word);
}

/** "to kill", "may die", "could have killed": an intent, a threat, a prospect or what did not happen. */
function isUndone(text: string, word: CasualtyWord, before: Word): boolean {
  if (word.end - word.start <= LONGEST_BASE_FORM && BASE_FORMS.has(text.slice(word.start, word.end).toLowerCase())) {
    return before.text === 'to' || MODALS.has(before.text);
  }
  return before.text === 'have' && COUNTERFACTUAL_MODALS.has(wordBefore(text, before.start)?.text ?? '');
}

/** "not", "none", "without", "weren't", "no one" and the like. */
export function isNegator(text: string, word: Word): boolean {
  if (NEGATORS.has(word.text) || word.text.endsWith("n't") || word.text.endsWith('n’t')) return true;
  return word.text === 'one' && NEGATORS.has(wordBefore(text, word.start)?.text ?? '');
}
