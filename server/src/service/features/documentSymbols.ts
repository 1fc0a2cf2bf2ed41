/** Document symbols: the headings as an outline, with the :event and :casualty tags under the heading they follow. */
import { attribute, type ParsedDocument } from '../document';
import { formatCount } from '../parse/count';
import type { Directive } from '../parse/markdown';
import { scanBlocks } from '../parse/markdownScan/blocks';
import { countsOf } from '../summary';
import type { Range, Span } from '../types';
import type { CorpusWorkspace } from '../workspace';

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: 'heading' | 'event' | 'casualty';
  /** A heading's section runs to the next heading of its level or above; a tag's range is the tag. */
  range: Range;
  /** The heading's line, or the tag's label. */
  selectionRange: Range;
  children: OutlineSymbol[];
}

interface Heading {
  level: number;
  name: string;
  span: Span;
}

export function documentSymbols(workspace: CorpusWorkspace, file: string): OutlineSymbol[] {
  const doc = workspace.document(file);
  if (!doc) return [];
  const headings = findHeadings(doc);
  const items = [...headings.map((heading, index) => ({ start: heading.span.start, heading, index })), ...doc.tags.event.map(tagItem), ...doc.tags.casualty.map(tagItem)];
  items.sort((a, b) => a.start - b.start);
  const roots: OutlineSymbol[] = [];
  const open: { level: number; symbol: OutlineSymbol }[] = [];
  for (const item of items) {
    if ('tag' in item) {
      (open.length > 0 ? open[open.length - 1].symbol.children : roots).push(tagSymbol(doc, item.tag));
      continue;
    }
    const { heading } = item;
    while (open.length > 0 && open[open.length - 1].level >= heading.level) open.pop();
    const symbol = headingSymbol(doc, heading, sectionEnd(doc, headings, item.index));
    (open.length > 0 ? open[open.length - 1].symbol.children : roots).push(symbol);
    open.push({ level: heading.level, symbol });
  }
  return roots;
}

function tagItem(tag: Directive) {
  return { start: tag.start, tag };
}

function headingSymbol(doc: ParsedDocument, heading: Heading, end: number): OutlineSymbol {
  const selectionRange = doc.lines.range(heading.span);
  return { name: heading.name || '(empty heading)', kind: 'heading', range: { start: selectionRange.start, end: doc.lines.positionAt(end) }, selectionRange, children: [] };
}

function tagSymbol(doc: ParsedDocument, tag: Directive): OutlineSymbol {
  const kind = tag.name === 'event' ? 'event' : 'casualty';
  const facts = kind === 'event' ? [attribute(tag, 'date'), attribute(tag, 'id')] : [countSummary(tag), attribute(tag, 'source')];
  const detail = facts.filter((fact): fact is string => Boolean(fact)).join(' · ');
  const name = tag.label.trim() || attribute(tag, 'id') || `:${tag.name}`;
  return { name, ...(detail ? { detail } : {}), kind, range: doc.lines.range(tag), selectionRange: doc.lines.range(tag.labelSpan), children: [] };
}

function countSummary(tag: Directive): string | undefined {
  const counts = Object.entries(countsOf(tag)).map(([kind, count]) => `${kind} ${formatCount(count)}`);
  return counts.length > 0 ? counts.join(', ') : undefined;
}

/** A section ends at the line before the next heading of its level or above, or at the end of the text's last line. */
function sectionEnd(doc: ParsedDocument, headings: Heading[], index: number): number {
  const next = headings.slice(index + 1).find((heading) => heading.level <= headings[index].level);
  if (!next) return doc.text.replace(/[\r\n]+$/, '').length;
  const line = doc.lines.positionAt(next.span.start).line;
  return line > 0 ? doc.lines.lineEnd(line - 1) : next.span.start;
}

const ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;

/** ATX headings (`## Title`) and setext headings (a paragraph underlined with `===` or `---`), outside code. */
function findHeadings(doc: ParsedDocument): Heading[] {
  const headings: Heading[] = [];
  for (const block of scanBlocks(doc.text, doc.bodyStart)) {
    if (block.kind !== 'text') continue;
    const first = doc.lines.positionAt(block.start).line;
    const last = doc.lines.positionAt(block.end).line;
    let paragraphStart: number | undefined;
    for (let line = first; line <= last; line++) {
      const start = line === first ? block.start : doc.lines.lineStart(line);
      const end = doc.lines.lineEnd(line);
      const text = doc.text.slice(start, end);
      const atx = line === first ? ATX.exec(text) : null;
      const underline = line > first && paragraphStart !== undefined ? SETEXT_UNDERLINE.exec(text) : null;
      if (atx) {
        const content = (atx[2] ?? '').replace(/(^|[ \t]+)#+$/, '');
        const contentStart = start + (atx[2] === undefined ? text.length : text.indexOf(atx[2], atx[1].length));
        headings.push({ level: atx[1].length, name: plainText(doc, contentStart, contentStart + content.length), span: { start, end } });
      } else if (underline && paragraphStart !== undefined) {
        headings.push({ level: underline[1][0] === '=' ? 1 : 2, name: plainText(doc, paragraphStart, doc.lines.lineEnd(line - 1)), span: { start: paragraphStart, end } });
        paragraphStart = undefined;
      } else {
        paragraphStart ??= start;
      }
    }
  }
  return headings;
}

/** The text of a span with each tag in it shown as its label, and runs of white space as one space. */
function plainText(doc: ParsedDocument, start: number, end: number): string {
  let text = '';
  let at = start;
  for (const tag of doc.body.directives) {
    if (tag.start < start || tag.end > end) continue;
    text += doc.text.slice(at, tag.start) + tag.label;
    at = tag.end;
  }
  return (text + doc.text.slice(at, end)).replace(/\s+/g, ' ').trim();
}
