/**
 * The words that make a number a casualty figure, and how each may stand to the number.
 *
 * "casualties" counts as killed: in the region's press it most often reports deaths, and the tag a fix
 * writes is easy to change to injured. "martyred" and "martyrdom", the words of Pakistani and Afghan
 * official statements for soldiers killed, count as killed too. "dying" is left out: it describes people
 * not yet dead ("12 dying of their wounds"), and the press reports the dead with "died".
 */
import type { CountKind } from '../../types';
import { unitAt } from '../../text/units';

export interface Lexeme {
  kind: CountKind;
  /** May come before the number: "killed 12", "the deaths of 12", "injuring 30". */
  before: boolean;
  /** May come after the number: "12 were killed", "12 died", "12 are missing". */
  after: boolean;
  /** A verb that takes an object: after the number it must be passive ("12 men killed 3" is not "12 killed"). */
  transitive: boolean;
  /** Right after the number it belongs in the label: "30 dead", "over 1,500 killed" (not "12 died"). */
  inLabel: boolean;
}

export interface CasualtyWord {
  start: number;
  end: number;
  lexeme: Lexeme;
}

const entry = (kind: CountKind, roles: string): Lexeme => ({
  kind,
  before: roles.includes('B'),
  after: roles.includes('A'),
  transitive: roles.includes('T'),
  inLabel: roles.includes('L'),
});

/**
 * The casualty words in lower case (a phrase's words joined by one space), with their roles: B before
 * the number, A after it, T transitive verb, L part of the label.
 */
export const LEXICON: ReadonlyMap<string, Lexeme> = new Map([
  ...(['kill', 'kills', 'killing'] as const).map((word) => [word, entry('killed', 'B')] as const),
  ['killed', entry('killed', 'BATL')],
  ['dead', entry('killed', 'BAL')],
  ['death', entry('killed', 'BAL')],
  ['deaths', entry('killed', 'BAL')],
  ...(['die', 'dies', 'died', 'perished', 'martyrdom', 'lost their lives', 'lost his life', 'lost her life'] as const).map(
    (word) => [word, entry('killed', 'A')] as const,
  ),
  ['slain', entry('killed', 'AL')],
  ['martyred', entry('killed', 'BATL')],
  ['fatality', entry('killed', 'BAL')],
  ['fatalities', entry('killed', 'BAL')],
  ['casualty', entry('killed', 'BAL')],
  ['casualties', entry('killed', 'BAL')],
  ...(['injure', 'injures', 'injuring', 'wounding'] as const).map((word) => [word, entry('injured', 'B')] as const),
  ['injured', entry('injured', 'BATL')],
  ['wounded', entry('injured', 'BATL')],
  ['hurt', entry('injured', 'BATL')],
  ['injury', entry('injured', 'BA')],
  ['injuries', entry('injured', 'BA')],
  ['missing', entry('missing', 'AL')],
]);

const HYPHEN = 45;

const CASUALTY_WORD =
  /\b(?:kill(?:s|ed|ing)?|dead|deaths?|die[sd]?|perished|slain|martyr(?:ed|dom)|fatalit(?:y|ies)|casualt(?:y|ies)|lost\s+(?:their\s+lives|his\s+life|her\s+life)|injur(?:e[sd]?|ing|y|ies)|wound(?:ed|ing)|hurt|missing)\b/gi;

/** Whether the casualty word at `start..end` is part of a compound ("dead-end", "brain-dead"). */
export function inCompound(text: string, start: number, end: number): boolean {
  return unitAt(text, start - 1) === HYPHEN || unitAt(text, end) === HYPHEN;
}

/** Every casualty word of `text`, left to right; not one inside a compound. */
export function findCasualtyWords(text: string): CasualtyWord[] {
  const words: CasualtyWord[] = [];
  const pattern = new RegExp(CASUALTY_WORD);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (inCompound(text, start, end)) continue;
    const lexeme = LEXICON.get(match[0].toLowerCase().replace(/\s+/g, ' '))!;
    words.push({ start, end, lexeme });
  }
  return words;
}
