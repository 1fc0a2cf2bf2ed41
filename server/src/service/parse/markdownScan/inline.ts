import { parseAttributes } from './attributes';
import { BacktickRuns } from './backticks';
import {
  BACKSLASH,
  BACKTICK,
  CLOSE_BRACKET,
  COLON,
  EXCLAMATION,
  LESS_THAN,
  OPEN_BRACE,
  OPEN_BRACKET,
  OPEN_PAREN,
  isAsciiPunctuation,
} from '../../text/chars';
import { directiveNameEnd, LabelMatcher } from './labels';
import { autolinkEnd } from './autolinks';
import { LineEnds, NextOccurrence } from './finder';
import { LinkScanner } from './links';
import type { Span } from '../../types';
import type { ScanOutput } from './output';
import type { Attribute, Directive } from './types';

/** A stretch of inline text: a paragraph, or a directive's label inside it. */
interface Context {
  start: number;
  /** Where its text ends: the paragraph's end, or the label's `]`. */
  end: number;
  /** Where scanning goes on after it: past the directive, for a label. The prose blanks `end..resume`. */
  resume: number;
  /** `[` (or `![`) that may still open the text of a link (or image). */
  openers: { at: number; image: boolean }[];
  /** Links do not nest: once one is formed, a `[` before its own cannot open another. */
  linkFloor: number;
}

/** Characters that may start something the scanner handles; all others are plain text. */
const SPECIAL = /[\\`<[\]:]/g;

/**
 * Scans inline text left to right, CommonMark-style: the leftmost construct wins, backslash escapes
 * hide the next punctuation character, a code span needs a closing run of equal length, and a
 * directive's label is scanned as inline text of its own (code spans inside it end with it).
 */
export class InlineScanner {
  private readonly backticks: BacktickRuns;
  private readonly labels: LabelMatcher;
  private readonly links: LinkScanner;
  private readonly commentCloses: NextOccurrence;
  private readonly closingBraces: NextOccurrence;
  private readonly lineEnds: LineEnds;
  private readonly specials: NextOccurrence;

  constructor(
    private readonly text: string,
    from: number,
    private readonly out: ScanOutput,
  ) {
    this.backticks = new BacktickRuns(text, from);
    this.labels = new LabelMatcher(text);
    this.links = new LinkScanner(text);
    this.commentCloses = new NextOccurrence(text, '-->');
    this.closingBraces = new NextOccurrence(text, '}');
    this.lineEnds = new LineEnds(text);
    this.specials = new NextOccurrence(text, SPECIAL);
  }

  /** Scans `start..end`, reading reference definitions first when `definitions` (a paragraph's start). */
  scan(start: number, end: number, definitions: boolean): void {
    const text = this.text;
    const contexts: Context[] = [{ start, end, resume: end, openers: [], linkFloor: start }];
    let context = contexts[0];
    let escaped = -1;
    let i = definitions ? this.links.definitions(start, end, (span) => this.out.exclude(span.start, span.end)) : start;
    for (;;) {
      if (i >= context.end) {
        if (contexts.length === 1) return;
        contexts.pop();
        this.out.blank(context.end, context.resume);
        i = context.resume;
        context = contexts[contexts.length - 1];
        continue;
      }
      const special = this.specials.after(i);
      if (special !== i) {
        i = special < 0 || special > context.end ? context.end : special;
        continue;
      }
      switch (text.charCodeAt(i)) {
        case BACKSLASH:
          if (i + 1 < context.end && isAsciiPunctuation(text.charCodeAt(i + 1))) {
            escaped = i + 1;
            i += 2;
          } else {
            i++;
          }
          break;
        case BACKTICK:
          i = this.codeSpan(i, context.end);
          break;
        case LESS_THAN:
          i = this.angleBracket(i, context.end);
          break;
        case OPEN_BRACKET:
          context.openers.push({ at: i, image: i > context.start && text.charCodeAt(i - 1) === EXCLAMATION && escaped !== i - 1 });
          i++;
          break;
        case CLOSE_BRACKET:
          i = this.closeBracket(i, context);
          break;
        case COLON: {
          const label = text.charCodeAt(i - 1) === COLON && escaped !== i - 1 ? undefined : this.directive(i, context.end);
          if (label) {
            contexts.push(label);
            context = label;
            i = label.start;
          } else {
            i++;
          }
        }
      }
    }
  }

  private codeSpan(open: number, bound: number): number {
    let runEnd = open + 1;
    while (runEnd < bound && this.text.charCodeAt(runEnd) === BACKTICK) runEnd++;
    const length = runEnd - open;
    const close = this.backticks.closer(length, runEnd, bound);
    if (close < 0) return runEnd;
    this.out.exclude(open, close + length);
    return close + length;
  }

  /** An HTML comment or an autolink at `open`. */
  private angleBracket(open: number, bound: number): number {
    if (open + 4 <= bound && this.text.startsWith('<!--', open)) {
      const close = this.commentCloses.after(open + 2);
      if (close < 0 || close + 3 > bound) return open + 1;
      this.out.comment(open, close + 3);
      return close + 3;
    }
    const end = autolinkEnd(this.text, open, bound);
    if (end < 0) return open + 1;
    this.out.exclude(open, end);
    return end;
  }

  private closeBracket(close: number, context: Context): number {
    const opener = context.openers.pop();
    if (!opener || (!opener.image && opener.at < context.linkFloor)) return close + 1;
    if (close + 1 >= context.end || this.text.charCodeAt(close + 1) !== OPEN_PAREN) return close + 1;
    const end = this.links.inlineTail(close + 1, context.end);
    if (end < 0) return close + 1;
    if (!opener.image) context.linkFloor = opener.at;
    this.out.exclude(close + 1, end);
    return end;
  }

  /** The directive whose `:` is at `colon`, if one is there: records it, or its error, and returns its label's context. */
  private directive(colon: number, bound: number): Context | undefined {
    const text = this.text;
    const nameEnd = directiveNameEnd(text, colon + 1, bound);
    if (nameEnd < 0 || nameEnd >= bound || text.charCodeAt(nameEnd) !== OPEN_BRACKET) return undefined;
    const name = text.slice(colon + 1, nameEnd);
    const labelStart = nameEnd + 1;
    const labelEnd = this.labels.close(nameEnd, bound);
    this.out.blank(colon, labelStart);
    if (labelEnd < 0) {
      const end = Math.min(this.lineEnds.after(colon), bound);
      const message = `The label of :${name} is never closed: add \`]\` before the end of the paragraph.`;
      this.out.directiveErrors.push({ start: colon, end, name, part: 'label', message });
      return undefined;
    }
    const end = this.recordDirective(colon, name, labelStart, labelEnd, bound);
    return { start: labelStart, end: labelEnd, resume: end, openers: [], linkFloor: labelStart };
  }

  /**
   * Records the directive with its attributes and returns its end; or records the error in its
   * attribute list and returns the end of its label, so that the list is read as text, as micromark does.
   */
  private recordDirective(colon: number, name: string, labelStart: number, labelEnd: number, bound: number): number {
    const text = this.text;
    const afterLabel = labelEnd + 1;
    let attributes: Attribute[] = [];
    let attributesSpan: Span | undefined;
    if (afterLabel < bound && text.charCodeAt(afterLabel) === OPEN_BRACE) {
      const list = parseAttributes(text, afterLabel, bound);
      if (!list.ok) {
        const end = Math.min(list.unclosed ? this.lineEnds.after(afterLabel) : this.closingBraceOrLineEnd(list.at), bound);
        this.out.directiveErrors.push({ start: colon, end, name, part: 'attributes', message: list.message });
        return afterLabel;
      }
      attributes = list.attributes;
      attributesSpan = { start: afterLabel, end: list.end };
    }
    const directive: Directive = {
      name,
      start: colon,
      end: attributesSpan ? attributesSpan.end : afterLabel,
      nameSpan: { start: colon + 1, end: labelStart - 1 },
      label: text.slice(labelStart, labelEnd),
      labelSpan: { start: labelStart, end: labelEnd },
      attributes,
    };
    if (attributesSpan) directive.attributesSpan = attributesSpan;
    this.out.directives.push(directive);
    return directive.end;
  }

  /** Past the first `}` from `from` on its line, or the line's end. */
  private closingBraceOrLineEnd(from: number): number {
    const lineEnd = this.lineEnds.after(from);
    const brace = this.closingBraces.after(from);
    return brace >= 0 && brace < lineEnd ? brace + 1 : lineEnd;
  }
}
