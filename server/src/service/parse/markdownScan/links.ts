import {
  BACKSLASH,
  CLOSE_PAREN,
  COLON,
  DOUBLE_QUOTE,
  GREATER_THAN,
  LESS_THAN,
  OPEN_BRACKET,
  CLOSE_BRACKET,
  OPEN_PAREN,
  SINGLE_QUOTE,
  isAsciiControl,
  isAsciiPunctuation,
  isLineEnding,
  isMarkdownWhitespace,
  isSpaceOrTab,
  skipWhitespace,
} from '../../text/chars';
import type { Span } from '../../types';

/** The parentheses of one run of characters that may be a raw link destination (no space or control). */
interface DestinationRun {
  from: number;
  bound: number;
  /** Past the run. */
  end: number;
  /** The `)` matching each `(` of the run, or -1. */
  closes: Map<number, number>;
  /** The innermost `(` still open at the run's end, or -1. */
  innermostOpen: number;
  /** The first `)` that matches no `(` of the run, or -1. */
  firstUnmatchedClose: number;
}

function endsRawDestination(code: number): boolean {
  return isMarkdownWhitespace(code) || isAsciiControl(code);
}

/**
 * Finds link destinations and titles: the `(dest "title")` after `[text]` and the `dest "title"` of a
 * reference definition. Parentheses are matched once per run of characters and the title after a
 * destination is read once per position, so a line of many `[a](b(c)` stays linear.
 */
export class LinkScanner {
  private run: DestinationRun | undefined;
  private tail = { from: -1, bound: -1, end: -1 };

  constructor(private readonly text: string) {}

  /** Past the `)` of the link tail whose `(` is at `open`, or -1 when it is not one. */
  inlineTail(open: number, bound: number): number {
    const start = skipWhitespace(this.text, open + 1, bound);
    if (start >= bound) return -1;
    const first = this.text.charCodeAt(start);
    if (first === CLOSE_PAREN) return start + 1;
    let destinationEnd: number;
    if (first === LESS_THAN) {
      destinationEnd = this.angleDestinationEnd(start, bound);
    } else if (start === open + 1) {
      const run = this.runAt(open, bound);
      const close = run.closes.get(open) as number;
      if (close >= 0) return close + 1;
      destinationEnd = run.innermostOpen === open ? run.end : -1;
    } else {
      const run = this.runAt(start, bound, true);
      if (run.firstUnmatchedClose >= 0) return run.firstUnmatchedClose + 1;
      destinationEnd = run.innermostOpen < 0 ? run.end : -1;
    }
    return destinationEnd < 0 ? -1 : this.afterDestination(destinationEnd, bound);
  }

  /**
   * Reads the reference definitions (`[label]: destination "title"`) at `start`, the start of a
   * paragraph, reporting each destination-and-title span; returns where the paragraph's text begins.
   */
  definitions(start: number, bound: number, exclude: (span: Span) => void): number {
    let at = start;
    for (;;) {
      const definition = this.definition(skipSpaces(this.text, at, bound), bound);
      if (!definition) return at;
      exclude(definition.span);
      at = definition.next;
    }
  }

  private definition(open: number, bound: number): { span: Span; next: number } | undefined {
    const text = this.text;
    if (open >= bound || text.charCodeAt(open) !== OPEN_BRACKET) return undefined;
    let close = open + 1;
    let blank = true;
    for (; close < bound && text.charCodeAt(close) !== CLOSE_BRACKET; close++) {
      const code = text.charCodeAt(close);
      if (code === OPEN_BRACKET) return undefined;
      if (!isMarkdownWhitespace(code)) blank = false;
      if (code === BACKSLASH && close + 1 < bound && isAsciiPunctuation(text.charCodeAt(close + 1))) close++;
    }
    if (close >= bound || blank || close - open - 1 > 999 || text.charCodeAt(close + 1) !== COLON) return undefined;
    const start = skipWhitespace(text, close + 2, bound);
    if (start >= bound) return undefined;
    const end = text.charCodeAt(start) === LESS_THAN ? this.angleDestinationEnd(start, bound) : this.rawDefinitionDestinationEnd(start, bound);
    if (end < 0) return undefined;
    const titleStart = skipWhitespace(text, end, bound);
    if (titleStart > end && titleStart < bound) {
      const titleEnd = this.titleEnd(titleStart, bound);
      if (titleEnd >= 0 && restOfLineIsBlank(text, titleEnd, bound)) return { span: { start, end: titleEnd }, next: nextLine(text, titleEnd, bound) };
    }
    if (!restOfLineIsBlank(text, end, bound)) return undefined;
    return { span: { start, end }, next: nextLine(text, end, bound) };
  }

  /** Past the `>` of the destination `<...>` at `start`, or -1. */
  private angleDestinationEnd(start: number, bound: number): number {
    const text = this.text;
    for (let i = start + 1; i < bound; i++) {
      const code = text.charCodeAt(i);
      if (code === GREATER_THAN) return i + 1;
      if (code === LESS_THAN || isLineEnding(code)) return -1;
      if (code === BACKSLASH && i + 1 < bound && isAsciiPunctuation(text.charCodeAt(i + 1))) i++;
    }
    return -1;
  }

  private rawDefinitionDestinationEnd(start: number, bound: number): number {
    const run = this.runAt(start, bound, true);
    return run.end > start && run.firstUnmatchedClose < 0 && run.innermostOpen < 0 ? run.end : -1;
  }

  /**
   * The run of destination characters containing `position`, or starting there when `exact` (then its
   * unmatched `)` are counted from `position`); computed from `position` unless already known.
   */
  private runAt(position: number, bound: number, exact = false): DestinationRun {
    const known = this.run;
    if (known && known.bound === bound && (exact ? known.from === position : known.from <= position && position < known.end)) return known;
    const text = this.text;
    const closes = new Map<number, number>();
    const opens: number[] = [];
    let firstUnmatchedClose = -1;
    let end = position;
    for (; end < bound; end++) {
      const code = text.charCodeAt(end);
      if (endsRawDestination(code)) break;
      if (code === BACKSLASH && end + 1 < bound && isAsciiPunctuation(text.charCodeAt(end + 1))) end++;
      else if (code === OPEN_PAREN) opens.push(end);
      else if (code === CLOSE_PAREN) {
        const open = opens.pop();
        if (open !== undefined) closes.set(open, end);
        else if (firstUnmatchedClose < 0) firstUnmatchedClose = end;
      }
    }
    for (const open of opens) closes.set(open, -1);
    this.run = { from: position, bound, end, closes, innermostOpen: opens.length > 0 ? opens[opens.length - 1] : -1, firstUnmatchedClose };
    return this.run;
  }

  /** After a destination ending at `from`: an optional title, then `)`. Past the `)`, or -1. */
  private afterDestination(from: number, bound: number): number {
    if (this.tail.from === from && this.tail.bound === bound) return this.tail.end;
    let end = -1;
    let at = skipWhitespace(this.text, from, bound);
    if (at < bound && at > from && this.text.charCodeAt(at) !== CLOSE_PAREN) {
      const titleEnd = this.titleEnd(at, bound);
      at = titleEnd < 0 ? bound : skipWhitespace(this.text, titleEnd, bound);
    }
    if (at < bound && this.text.charCodeAt(at) === CLOSE_PAREN) end = at + 1;
    this.tail = { from, bound, end };
    return end;
  }

  /** Past the closing delimiter of the title `"..."`, `'...'` or `(...)` at `start`, or -1 (micromark lets a `(` title hold a `(`). */
  private titleEnd(start: number, bound: number): number {
    const text = this.text;
    const open = text.charCodeAt(start);
    if (open !== DOUBLE_QUOTE && open !== SINGLE_QUOTE && open !== OPEN_PAREN) return -1;
    const close = open === OPEN_PAREN ? CLOSE_PAREN : open;
    for (let i = start + 1; i < bound; i++) {
      const code = text.charCodeAt(i);
      if (code === close) return i + 1;
      if (code === BACKSLASH && i + 1 < bound && isAsciiPunctuation(text.charCodeAt(i + 1))) i++;
    }
    return -1;
  }
}

function skipSpaces(text: string, from: number, bound: number): number {
  let i = from;
  while (i < bound && isSpaceOrTab(text.charCodeAt(i))) i++;
  return i;
}

function restOfLineIsBlank(text: string, from: number, bound: number): boolean {
  const end = skipSpaces(text, from, bound);
  return end >= bound || isLineEnding(text.charCodeAt(end));
}

function nextLine(text: string, from: number, bound: number): number {
  let i = skipSpaces(text, from, bound);
  if (i < bound && text.charCodeAt(i) === 13) i++;
  if (i < bound && text.charCodeAt(i) === 10) i++;
  return i;
}
