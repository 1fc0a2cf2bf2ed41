import { foldText, hasBlankLine, kindAt, widthAt, WORD } from './fold';
import type { Tokens } from './tokens';
import type { Form, Match } from './types';

/** A name or alias of two words or more, with the folded text between its words. */
export interface Phrase {
  form: Form;
  gaps: string[];
}

/**
 * `form` as a phrase with its words as written, when it has two words or more and nothing but
 * whitespace, hyphens or apostrophes before the first or after the last.
 */
export function phraseOf(form: Form): { phrase: Phrase; words: string[] } | undefined {
  const { text } = form;
  const words: string[] = [];
  const gaps: string[] = [];
  let leading = '';
  let wordStart = -1;
  let gapStart = 0;
  for (let i = 0; i <= text.length; i += widthAt(text, i)) {
    const inWord = i < text.length && kindAt(text, i) === WORD;
    if (inWord && wordStart < 0) {
      const gap = foldText(text.slice(gapStart, i));
      if (words.length === 0) leading = gap;
      else gaps.push(gap);
      wordStart = i;
    } else if (!inWord && wordStart >= 0) {
      words.push(text.slice(wordStart, i));
      wordStart = -1;
      gapStart = i;
    }
  }
  if (words.length < 2 || leading || foldText(text.slice(gapStart))) return undefined;
  return { phrase: { form, gaps }, words };
}

/** Whether the text between the words of `tokens` from `first` on folds as that between the words of `phrase`. */
export function fits(phrase: Phrase, text: string, tokens: Tokens, first: number): boolean {
  const { starts, ends } = tokens;
  return phrase.gaps.every((gap, index) => {
    const from = ends[first + index];
    const to = starts[first + index + 1];
    return !hasBlankLine(text, from, to) && foldText(text.slice(from, to)) === gap;
  });
}

/** The variant for `phrase` misspelt in the words of `tokens` from `first` on. */
export function misspelling(phrase: Phrase, text: string, tokens: Tokens, first: number): Match {
  const start = tokens.starts[first];
  const end = tokens.ends[first + phrase.gaps.length];
  const { actorId, canonical, text: near } = phrase.form;
  return { variant: { start, end, actorId, text: text.slice(start, end), canonical, near, reason: 'edit' } };
}
