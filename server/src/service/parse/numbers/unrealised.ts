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

export function countsNobody(text: string, word: CasualtyWord): boolean {
  return isNegated(text, word) || isUndone(text, word);
}

function isNegated(text: string, word: CasualtyWord): boolean {
  let before = wordBefore(text, word.start);
  for (let gap = 0; before && NEGATION_GAP.has(before.text) && gap < MAX_GAP_WORDS; gap++) before = wordBefore(text, before.start);
  return before !== undefined && isNegator(text, before);
}

/** "to kill", "may die", "could have killed": an intent, a threat, a prospect or what did not happen. */
function isUndone(text: string, word: CasualtyWord): boolean {
  const before = wordBefore(text, word.start);
  if (!before) return false;
  const verb = text.slice(word.start, word.end).toLowerCase();
  if (BASE_FORMS.has(verb)) return before.text === 'to' || MODALS.has(before.text);
  return before.text === 'have' && COUNTERFACTUAL_MODALS.has(wordBefore(text, before.start)?.text ?? '');
}

/** "not", "none", "without", "weren't", "no one" and the like. */
export function isNegator(text: string, word: Word): boolean {
  if (NEGATORS.has(word.text) || word.text.endsWith("n't") || word.text.endsWith('n’t')) return true;
  return word.text === 'one' && NEGATORS.has(wordBefore(text, word.start)?.text ?? '');
}
