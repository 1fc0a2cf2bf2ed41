/**
 * Casualty words that say nobody was hurt: "the 12 guards were not injured", "none were killed", "no
 * casualties among the 200 worshippers", "escaped without injuries". A figure whose nearest casualty word
 * is negated counts people who are not casualties (spec section 5), so it is no casualty figure.
 */
import type { CasualtyWord } from './casualtyWords';
import { wordBefore, type Word } from './text';
import { NEGATION_GAP, NEGATORS } from './vocabulary';

/** At most this many auxiliaries between a negator and its casualty word: "have not yet been reported killed". */
const MAX_GAP_WORDS = 4;

export function isNegated(text: string, word: CasualtyWord): boolean {
  let before = wordBefore(text, word.start);
  for (let gap = 0; before && NEGATION_GAP.has(before.text) && gap < MAX_GAP_WORDS; gap++) before = wordBefore(text, before.start);
  return before !== undefined && isNegator(text, before);
}

/** "not", "none", "without", "weren't", "no one" and the like. */
export function isNegator(text: string, word: Word): boolean {
  if (NEGATORS.has(word.text) || word.text.endsWith("n't") || word.text.endsWith('n’t')) return true;
  return word.text === 'one' && NEGATORS.has(wordBefore(text, word.start)?.text ?? '');
}
