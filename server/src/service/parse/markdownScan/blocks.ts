import { BACKTICK, TILDE, TAB, isAsciiDigit, isSpaceOrTab } from '../../text/chars';
import { LineEnds } from './finder';

/**
 * The leaf blocks of a Markdown body that matter to tag and name recognition: code, HTML comments
 * that start a line, and the runs of text (paragraphs, headings, list item text) scanned inline.
 */
export type Block =
  | { kind: 'code'; start: number; end: number }
  /** An HTML block opened by `<!--`: the comment ends at `commentEnd`, the block with its line. */
  | { kind: 'comment'; start: number; end: number; commentEnd: number; closed: boolean }
  | { kind: 'text'; start: number; end: number; definitions: boolean };

interface Line {
  start: number;
  /** Past the content, before the line ending. */
  end: number;
  /** The start of the next line. */
  next: number;
  /** The first character that is not a space or tab. */
  first: number;
  /** The indentation of `first`, in columns (tab stops every 4). */
  indent: number;
}

/** Reads the body line by line, with each line's indentation. */
class LineReader {
  private readonly ends: LineEnds;

  constructor(readonly text: string) {
    this.ends = new LineEnds(text);
  }

  read(start: number): Line {
    const text = this.text;
    let first = start;
    let indent = 0;
    for (; first < text.length; first++) {
      const code = text.charCodeAt(first);
      if (code === TAB) indent += 4 - (indent % 4);
      else if (code === 32) indent++;
      else break;
    }
    const end = this.ends.after(first);
    let next = end;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10) next++;
    return { start, end, next, first, indent };
  }
}

function isBlank(line: Line): boolean {
  return line.first === line.end;
}

interface Fence {
  char: number;
  length: number;
}

/** A code fence opening at `line.first`: 3+ backticks (and no backtick after them) or 3+ tildes. */
function openingFence(text: string, line: Line): Fence | undefined {
  const char = text.charCodeAt(line.first);
  if (char !== BACKTICK && char !== TILDE) return undefined;
  let end = line.first;
  while (end < line.end && text.charCodeAt(end) === char) end++;
  const length = end - line.first;
  if (length < 3) return undefined;
  if (char === BACKTICK && text.slice(end, line.end).includes('`')) return undefined;
  return { char, length };
}

function closesFence(text: string, line: Line, fence: Fence): boolean {
  let end = line.first;
  while (end < line.end && text.charCodeAt(end) === fence.char) end++;
  if (end - line.first < fence.length) return false;
  while (end < line.end && isSpaceOrTab(text.charCodeAt(end))) end++;
  return end === line.end;
}

function isAtxHeading(text: string, line: Line): boolean {
  let end = line.first;
  while (end < line.end && text.charCodeAt(end) === 35) end++;
  const level = end - line.first;
  return level >= 1 && level <= 6 && (end === line.end || isSpaceOrTab(text.charCodeAt(end)));
}

interface ListMarker {
  /** Where the item's text starts on the marker line (the line end when it is empty). */
  contentStart: number;
  /** The column that continuation lines of the item are indented to. */
  contentIndent: number;
  /** Whether it may start a list in the middle of a paragraph (CommonMark: not empty, and `1.` if ordered). */
  canInterrupt: boolean;
}

function listMarker(text: string, line: Line): ListMarker | undefined {
  const first = text.charCodeAt(line.first);
  let markerEnd = line.first + 1;
  let ordered = false;
  let startsAtOne = false;
  if (first !== 45 && first !== 43 && first !== 42) {
    let digits = line.first;
    while (digits < line.end && digits - line.first < 9 && isAsciiDigit(text.charCodeAt(digits))) digits++;
    const delimiter = text.charCodeAt(digits);
    if (digits === line.first || (delimiter !== 46 && delimiter !== 41)) return undefined;
    ordered = true;
    startsAtOne = Number(text.slice(line.first, digits)) === 1;
    markerEnd = digits + 1;
  }
  if (markerEnd < line.end && !isSpaceOrTab(text.charCodeAt(markerEnd))) return undefined;
  const markerColumn = line.indent + (markerEnd - line.first);
  let column = markerColumn;
  let contentStart = markerEnd;
  for (; contentStart < line.end; contentStart++) {
    const code = text.charCodeAt(contentStart);
    if (code === TAB) column += 4 - (column % 4);
    else if (code === 32) column++;
    else break;
  }
  const empty = contentStart === line.end;
  return {
    contentStart,
    contentIndent: empty || column - markerColumn > 4 ? markerColumn + 1 : column,
    canInterrupt: !empty && (!ordered || startsAtOne),
  };
}

/** Where a code block that started at `from` ends: `end` past its last code line, `next` the line after. */
interface BlockEnd {
  end: number;
  next: number;
}

/** A fence closes at a closing fence, or where the list item it is in ends (a line indented less). */
function fencedCodeEnd(lines: LineReader, opening: Line, fence: Fence, base: number): BlockEnd {
  const text = lines.text;
  let last = opening;
  for (let pos = opening.next; pos < text.length; ) {
    const line = lines.read(pos);
    if (!isBlank(line) && line.indent < base) break;
    last = line;
    if (line.indent < base + 4 && closesFence(text, line, fence)) break;
    pos = line.next;
  }
  return { end: last.end, next: last.next };
}

function indentedCodeEnd(lines: LineReader, first: Line, base: number): BlockEnd {
  let last = first;
  for (let pos = first.next; pos < lines.text.length; ) {
    const line = lines.read(pos);
    if (!isBlank(line)) {
      if (line.indent < base + 4) break;
      last = line;
    }
    pos = line.next;
  }
  return { end: last.end, next: last.next };
}

/**
 * Splits the body starting at `from` into blocks, in order. A small approximation of CommonMark's
 * block structure: fenced code (closed by a fence of the same character and at least its length, or
 * running to the end), indented code (not interrupting a paragraph; inside a list item it needs 4
 * columns beyond the item's text), HTML blocks opened by `<!--` (to the end of the line holding
 * `-->`, across blank lines), ATX headings, list items and paragraphs. Block quotes are read as
 * paragraphs, so a fence or an indented block inside `>` is not code; other HTML blocks are text.
 */
export function scanBlocks(text: string, from: number): Block[] {
  const blocks: Block[] = [];
  const lines = new LineReader(text);
  const listIndents: number[] = [];
  let paragraph: { start: number; end: number; definitions: boolean } | undefined;
  const closeParagraph = (): void => {
    if (paragraph) blocks.push({ kind: 'text', ...paragraph });
    paragraph = undefined;
  };

  for (let pos = from; pos < text.length; ) {
    const line = lines.read(pos);
    pos = line.next;
    if (isBlank(line)) {
      closeParagraph();
      continue;
    }
    const marker = listMarker(text, line);
    const fence = openingFence(text, line);
    const opensComment = text.startsWith('<!--', line.first);
    const heading = isAtxHeading(text, line);
    const inList = listIndents.length > 0;
    const lazyContinuation = paragraph !== undefined && !marker && !fence && !opensComment && !heading;
    if (!lazyContinuation) {
      while (listIndents.length > 0 && listIndents[listIndents.length - 1] > line.indent) listIndents.pop();
    }
    const base = listIndents.length > 0 ? listIndents[listIndents.length - 1] : 0;
    if (line.indent - base >= 4) {
      if (paragraph) {
        paragraph.end = line.end;
      } else {
        const code = indentedCodeEnd(lines, line, base);
        blocks.push({ kind: 'code', start: line.start, end: code.end });
        pos = code.next;
      }
      continue;
    }
    if (fence) {
      closeParagraph();
      const code = fencedCodeEnd(lines, line, fence, base);
      blocks.push({ kind: 'code', start: line.first, end: code.end });
      pos = code.next;
      continue;
    }
    if (opensComment) {
      closeParagraph();
      const close = text.indexOf('-->', line.first + 2);
      if (close < 0) {
        blocks.push({ kind: 'comment', start: line.first, end: text.length, commentEnd: text.length, closed: false });
        break;
      }
      const rest = lines.read(close + 3);
      blocks.push({ kind: 'comment', start: line.first, end: rest.end, commentEnd: close + 3, closed: true });
      pos = rest.next;
      continue;
    }
    if (heading) {
      closeParagraph();
      blocks.push({ kind: 'text', start: line.first, end: line.end, definitions: false });
      continue;
    }
    if (marker && (!paragraph || inList || marker.canInterrupt)) {
      closeParagraph();
      listIndents.push(marker.contentIndent);
      if (marker.contentStart < line.end) paragraph = { start: marker.contentStart, end: line.end, definitions: true };
      continue;
    }
    if (paragraph) paragraph.end = line.end;
    else paragraph = { start: line.first, end: line.end, definitions: true };
  }
  closeParagraph();
  return blocks;
}
