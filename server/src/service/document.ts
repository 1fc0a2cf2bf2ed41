import { LineIndex } from './lineIndex';
import { scanBody, type Attribute, type BodyScan, type Directive } from './parse/markdown';
import { parseFrontMatter, type FrontMatter } from './parse/frontMatter';
import { readSuppressions, type SuppressedLines } from './suppressions';

/** One corpus document, parsed once and shared by every rule. */
export interface ParsedDocument {
  /** Corpus-relative path with `/` separators. */
  file: string;
  text: string;
  lines: LineIndex;
  eol: '\n' | '\r\n';
  frontMatter?: FrontMatter;
  bodyStart: number;
  body: BodyScan;
  tags: Tags;
  suppressions: SuppressedLines[];
}

export interface Tags {
  casualty: Directive[];
  event: Directive[];
  actor: Directive[];
  other: Directive[];
}

export function parseCorpusDocument(file: string, text: string): ParsedDocument {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? (frontMatter.closeFence ? frontMatter.span.end : frontMatter.openFence.end) : 0;
  const body = scanBody(text, bodyStart);
  const lines = new LineIndex(text);
  return {
    file,
    text,
    lines,
    eol: /\r\n/.test(text) ? '\r\n' : '\n',
    frontMatter,
    bodyStart,
    body,
    tags: groupTags(body.directives),
    suppressions: readSuppressions(body.comments, lines),
  };
}

function groupTags(directives: readonly Directive[]): Tags {
  const tags: Tags = { casualty: [], event: [], actor: [], other: [] };
  for (const directive of directives) {
    const name = directive.name;
    if (name === 'casualty' || name === 'event' || name === 'actor') tags[name].push(directive);
    else tags.other.push(directive);
  }
  return tags;
}

export function attribute(directive: Directive, key: string): string | undefined {
  return findAttribute(directive, key)?.value;
}

/** The directive's first attribute named `key`. */
export function findAttribute(directive: Directive, key: string): Attribute | undefined {
  for (const attr of directive.attributes) if (attr.key === key) return attr;
  return undefined;
}

/** Ids in a `by=`/`against=` value, with their spans. */
export function idList(directive: Directive, key: string): { id: string; start: number; end: number }[] {
  const attr = findAttribute(directive, key);
  if (!attr) return [];
  const ids: { id: string; start: number; end: number }[] = [];
  const pattern = /[^,\s]+/g;
  for (let match = pattern.exec(attr.value); match; match = pattern.exec(attr.value)) {
    const start = attr.valueSpan.start + match.index;
    ids.push({ id: match[0], start, end: start + match[0].length });
  }
  return ids;
}
