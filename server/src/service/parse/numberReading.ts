/**
 * Numbers as a person reads them in a :casualty label (spec section 3): digits with Western or South Asian
 * grouping ("1,500", "5,00,000"), scales ("1.5 million", "2 lakh"), number words ("twenty-one",
 * "a hundred"), qualifiers ("over 1,500" = 1500+, "about 40" = ~40) and ranges ("40 to 50" = 40-50).
 *
 * Not numbers: vague words ("dozens", "hundreds"), ordinals ("first", "2nd"), and "one" used as a pronoun:
 * "one of the attackers", "no one", "one another".
 */
import type { Count } from '../types';
import { scanNumbers } from './numbers/expression';

/** A number expression; offsets into the string it was read from, qualifier included. */
export interface Figure {
  start: number;
  end: number;
  count: Count;
}

/** Every number expression in `text`, left to right. */
export function readFigures(text: string): Figure[] {
  return scanNumbers(text).map(({ start, end, count }) => ({ start, end, count }));
}
