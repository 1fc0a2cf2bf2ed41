/**
 * Number expressions as a person reads them (spec section 3): a quantity in digits with Western or South
 * Asian grouping ("1,500", "5,00,000"), with a scale ("1.5 million", "2 lakh") or in words ("twenty-one",
 * "a hundred"), with the qualifier before it ("over 1,500" = 1500+, "about 40" = ~40) and a range or "+"
 * after it ("40 to 50" = 40-50). Tokens that only look like numbers (ordinals, times, dates, percentages,
 * versions such as "2.0", compounds such as "five-point") are passed over whole, as are vague words
 * ("dozens", "two dozen") and "one" as a pronoun ("one of the attackers", "no one").
 */
import type { Count, Span } from '../../types';
import { ARTICLE_SCALE, ARTICLES, NUMBER_WORD_START, readNumberWords, SCALES } from './numberWords';
import { qualifierBefore, type Qualifier } from './qualifiers';
import { wordAfter, wordBefore, type Word } from './text';
import { isAsciiDigit, isLetter, isSpaceOrTab, isWhitespace } from '../../text/chars';
import { unitAt } from '../../text/units';

export interface NumberExpression extends Span {
  count: Count;
  /** The quantities alone, without qualifier or "+": where a year or a unit is read. */
  value: Span;
  /** Runs of digits with no grouping, fraction or scale, as years and identifiers are written. */
  plainDigits: boolean;
}

interface Quantity extends Span {
  value: number;
  plainDigits: boolean;
  /** Number words read; 0 for digits. */
  words: number;
}

/** Where a number expression may start: a digit, a number word, an article before a scale. */
export const START = new RegExp(`[0-9]|\\b(?:${NUMBER_WORD_START}|${ARTICLE_SCALE})\\b`, 'gi');
const DIGITS = /\d+(?:,\d+)*(?:\.\d+)?/y;
/** Longest run of digits without grouping that still reads as a count rather than an identifier. */
const MAX_PLAIN_DIGITS = 7;
/** Characters that, right before a digit, make it part of something else: "F-16", "$2", "#12", "3.5", "10:30". */
const ATTACHED_BEFORE = new Set([...'_.,:/$£€₹#+@&=\'’-–'].map((char) => char.charCodeAt(0)));
/** "no one", "the one who", "one of them", "one another": "one" as a pronoun. */
const BEFORE_PRONOUN_ONE = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which']);
const AFTER_PRONOUN_ONE = new Set(['of', 'another']);

/** Every number expression of `text`, left to right; `starts`, when given, are where `START` matches. */
export function scanNumbers(text: string, starts?: readonly number[]): NumberExpression[] {
  const found: NumberExpression[] = [];
  let resume = 0;
  const readAt = (pos: number) => {
    const read = readExpression(text, pos);
    if (read.expression) found.push(read.expression);
    resume = Math.max(read.resume, pos + 1);
  };
  if (starts) {
    for (const pos of starts) if (pos >= resume) readAt(pos);
    return found;
  }
  // One shared expression, as no scan starts while another is under way: a copy per call costs more than
  // the search in a short text such as a tag's label.
  START.lastIndex = 0;
  for (let match = START.exec(text); match; match = START.exec(text)) {
    readAt(match.index);
    START.lastIndex = resume;
  }
  return found;
}

function readExpression(text: string, at: number): { expression?: NumberExpression; resume: number } {
  const before = unitAt(text, at - 1);
  if (ATTACHED_BEFORE.has(before) || isLetter(before)) return { resume: tokenEnd(text, at) };
  const quantity = readQuantity(text, at);
  if (typeof quantity === 'number') return { resume: quantity };
  const following = wordAfter(text, quantity.end);
  if (following?.text === 'dozen') return { resume: following.end }; // "two dozen": as vague as "dozens"
  if (quantity.words === 1 && quantity.value === 1 && isPronounOne(text, quantity, following)) return { resume: quantity.end };
  const first = halved(text, quantity);
  const pos = first.start;
  const qualifier = qualifierBefore(text, pos);
  const range = readRange(text, first, qualifier, following);
  if (range === 'invalid') return { resume: tokenEnd(text, pos) };
  let kind: Count['kind'] = range ? 'range' : 'exact';
  let end = range ? range.end : first.end;
  const atLeastEnd = range ? undefined : atLeastSuffixEnd(text, first, following);
  if (atLeastEnd !== undefined) {
    kind = 'atLeast';
    end = atLeastEnd;
  } else if (!range && (qualifier?.kind === 'atLeast' || qualifier?.kind === 'about')) {
    kind = qualifier.kind;
  }
  const high = range ? range.value : kind === 'atLeast' ? Infinity : first.value;
  const qualified = qualifier && (qualifier.kind === 'atLeast' || qualifier.kind === 'about' || (qualifier.kind === 'between' && range));
  const expression: NumberExpression = {
    start: qualified ? qualifier.start : pos,
    end,
    count: { kind, low: first.value, high },
    value: { start: pos, end: range ? range.end : first.end },
    plainDigits: first.plainDigits && (!range || range.plainDigits),
  };
  return { expression, resume: end };
}

/** "half a million" from "a million": an article's scale halved, starting at "half". */
function halved(text: string, quantity: Quantity): Quantity {
  if (quantity.words === 0 || !ARTICLES.includes(wordAfter(text, quantity.start, true)?.text ?? '')) return quantity;
  const half = wordBefore(text, quantity.start);
  if (half?.text !== 'half' || !isSpaceOrTab(text.charCodeAt(half.end)) || skipSpaces(text, half.end) !== quantity.start) return quantity;
  return { ...quantity, start: half.start, value: quantity.value / 2 };
}

/** A quantity at `pos`, or the offset to resume scanning from when the token there is not a count. */
function readQuantity(text: string, pos: number): Quantity | number {
  return isAsciiDigit(text.charCodeAt(pos)) ? readDigits(text, pos) : readWords(text, pos);
}

function readDigits(text: string, pos: number): Quantity | number {
  DIGITS.lastIndex = pos;
  DIGITS.test(text);
  let end = DIGITS.lastIndex;
  let value = 0;
  let fraction = -1;
  const groups: number[] = [];
  let group = 0;
  for (let i = pos; i < end && fraction < 0; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) {
      groups.push(group);
      group = 0;
    } else if (code === 46) {
      fraction = i;
    } else if (++group > MAX_PLAIN_DIGITS) {
      return tokenEnd(text, pos);
    } else {
      value = value * 10 + code - 48;
    }
  }
  groups.push(group);
  const plain = groups.length === 1;
  const leadingZero = text.charCodeAt(pos) === 48 && group > 1;
  if (plain ? leadingZero : !validGrouping(groups)) return tokenEnd(text, pos);
  if (!endsCleanly(text, end)) return tokenEnd(text, pos);
  const scale = wordAfter(text, end, true);
  const factor = scale && SCALES.get(scale.text);
  if (factor && scale) {
    if (fraction >= 0) value = Number(`${value}${text.slice(fraction, end)}`);
    value = Math.round(value * factor);
    end = scale.end;
  } else if (fraction >= 0) {
    return tokenEnd(text, pos); // "2.0", "3.5 km": a version or a measure, not a count of people
  }
  if (!Number.isSafeInteger(value)) return tokenEnd(text, pos);
  return { start: pos, end, value, plainDigits: plain && fraction < 0 && !factor, words: 0 };
}

/** Western grouping "1,500,000" or South Asian grouping "15,00,000", as lengths of the groups of digits. */
function validGrouping(groups: readonly number[]): boolean {
  const last = groups.length - 1;
  if (groups[last] !== 3 || groups[0] > 3) return false;
  let western = true;
  let southAsian = groups[0] <= 2;
  for (let i = 1; i < last; i++) {
    western &&= groups[i] === 3;
    southAsian &&= groups[i] === 2;
  }
  return western || southAsian;
}

function readWords(text: string, pos: number): Quantity | number {
  const reading = readNumberWords(text, pos);
  if (!reading) return pos + 1;
  if (!endsCleanly(text, reading.end)) return tokenEnd(text, pos);
  return { start: pos, end: reading.end, value: reading.value, plainDigits: false, words: reading.words };
}

/** Whether a quantity ending at `end` is a whole token: not "2nd", "12km", "10:30", "56%", "12/24" or "12-year-old". */
function endsCleanly(text: string, end: number): boolean {
  const code = unitAt(text, end);
  const next = unitAt(text, end + 1);
  if (isLetter(code) || isAsciiDigit(code) || code === 95 || code === 37 || code === 0xb0) return false; // _ % °
  if ((code === 58 || code === 47) && isAsciiDigit(next)) return false; // : /
  return !((code === 45 || code === 0x2013 || code === 39 || code === 0x2019) && isLetter(next)); // - – ' ’
}

/** The second quantity of "40-50", "40 – 50", "40 to 50", "five or six" or "between 40 and 50". */
function readRange(text: string, first: Quantity, qualifier: Qualifier | undefined, following: Word | undefined): Quantity | 'invalid' | undefined {
  const dash = skipSpaces(text, first.end);
  if (isDash(text.charCodeAt(dash))) {
    const second = readQuantity(text, skipSpaces(text, dash + 1));
    if (typeof second === 'object' && second.value > first.value) return second;
    return dash === first.end ? 'invalid' : undefined; // "2024-12-24" is a date, "40 - 50" with spaces maybe a dash
  }
  if (!following || qualifier?.kind === 'from') return undefined; // "from 12 to 46" is a change, not a range
  const joiners = qualifier?.kind === 'between' ? ['and'] : ['to', 'or'];
  if (!joiners.includes(following.text)) return undefined;
  const second = readQuantity(text, skipSpaces(text, following.end));
  return typeof second === 'object' && second.value > first.value ? second : undefined;
}

function isDash(code: number): boolean {
  return code === 45 || code === 0x2013;
}

/** The end of "1,500+" or "40 or more". */
function atLeastSuffixEnd(text: string, first: Quantity, following: Word | undefined): number | undefined {
  if (first.words === 0 && text.charCodeAt(first.end) === 43) return first.end + 1;
  const more = following?.text === 'or' ? wordAfter(text, following.end) : undefined;
  return more?.text === 'more' ? more.end : undefined;
}

function isPronounOne(text: string, one: Quantity, following: Word | undefined): boolean {
  const before = wordBefore(text, one.start);
  return (before !== undefined && BEFORE_PRONOUN_ONE.has(before.text)) || (following !== undefined && AFTER_PRONOUN_ONE.has(following.text));
}

/** Past the spaces and tabs at `pos`: a range stays on one line. */
function skipSpaces(text: string, pos: number): number {
  while (isSpaceOrTab(unitAt(text, pos))) pos++;
  return pos;
}

/** The end of the token at `pos`: scanning resumes past a rejected "2024-12-24" or "F-16" as a whole. */
function tokenEnd(text: string, pos: number): number {
  while (pos < text.length && !isWhitespace(text.charCodeAt(pos))) pos++;
  return pos;
}
