/**
 * Where the cursor is in the front-matter, read line by line from the text: the YAML is often invalid
 * while it is typed (`actors: [ttp, `), so the parsed fields cannot be relied on.
 */
import type { ParsedDocument } from '../../document';
import type { Position, Span } from '../../types';

export type FrontMatterCursor =
  /** A key is being written at the start of a line; `colon`: a `:` already follows it. */
  | { part: 'key'; span: Span; colon: boolean; present: Set<string> }
  /** In the value of `key`; `region` runs from after its `:` to the next key, `lineStart` is the cursor's line. */
  | { part: 'value'; key: string; region: Span; lineStart: number };

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:/;

/** The cursor's place in the front-matter's content; undefined when it is not in the content or on nothing to complete. */
export function frontMatterCursor(doc: ParsedDocument, offset: number, position: Position): FrontMatterCursor | undefined {
  const block = doc.frontMatter;
  const contentEnd = block?.closeFence ? block.closeFence.start : block?.content.end;
  if (!block || contentEnd === undefined || offset < block.content.start || offset > contentEnd) return undefined;
  if (block.closeFence && offset === contentEnd) return undefined;
  const text = doc.text;
  const lineStart = doc.lines.lineStart(position.line);
  const lineEnd = doc.lines.lineEnd(position.line);
  const before = text.slice(lineStart, offset);
  const keyLines = keyLinesOf(doc, block.content.start, contentEnd);

  if (/^(?:[A-Za-z_][\w-]*)?$/.test(before)) {
    const after = text.slice(offset, lineEnd);
    const rest = /^[\w-]*/.exec(after)![0];
    const colon = /^[ \t]*:/.test(after.slice(rest.length));
    if (!colon && after.slice(rest.length).trim() !== '') return undefined;
    const present = new Set(keyLines.filter((line) => line.start !== lineStart).map((line) => line.key));
    return { part: 'key', span: { start: lineStart, end: offset + rest.length }, colon, present };
  }
  const owner = [...keyLines].reverse().find((line) => line.start <= lineStart);
  if (!owner || (owner.start === lineStart && offset < owner.valueStart)) return undefined;
  if (owner.start !== lineStart && !/^[ \t-]/.test(before)) return undefined;
  const next = keyLines.find((line) => line.start > owner.start);
  return { part: 'value', key: owner.key, region: { start: owner.valueStart, end: next ? next.start : contentEnd }, lineStart };
}

interface KeyLine {
  key: string;
  start: number;
  /** Just past the `:`. */
  valueStart: number;
}

/** The top-level `key:` lines of the content, in order. */
function keyLinesOf(doc: ParsedDocument, start: number, end: number): KeyLine[] {
  const lines: KeyLine[] = [];
  const first = doc.lines.positionAt(start).line;
  const last = doc.lines.positionAt(end).line;
  for (let line = first; line <= last; line++) {
    const lineStart = doc.lines.lineStart(line);
    if (lineStart >= end) break;
    const match = KEY_LINE.exec(doc.text.slice(lineStart, doc.lines.lineEnd(line)));
    if (match) lines.push({ key: match[1], start: lineStart, valueStart: lineStart + match[0].length });
  }
  return lines;
}
