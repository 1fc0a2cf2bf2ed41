import { isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { parseYamlDocument } from './yamlDocument';
import type { Span } from '../types';
import { parseSimpleFrontMatter } from './simpleFrontMatter';
import { TOO_DEEP_MESSAGE, tooDeepAt } from './yamlDepth';

export interface YamlProblem {
  span: Span;
  message: string;
}

export interface FrontMatterField {
  key: string;
  keySpan: Span;
  /** The value node's span; an empty span after the key when the value is missing. */
  valueSpan: Span;
  value: unknown;
  /** Set when the value is a sequence: its items with their spans, and whether it is written `[a, b]`. */
  items?: { value: unknown; span: Span }[];
  flow?: boolean;
}

export interface FrontMatter {
  /** The whole block, fences included, up to the start of the body. */
  span: Span;
  openFence: Span;
  closeFence?: Span;
  content: Span;
  /** Syntax problems: the first YAML error (later ones mostly follow from it), or an unclosed block. */
  problems: YamlProblem[];
  /** Set when the block parsed into a mapping (possibly empty). */
  fields?: Map<string, FrontMatterField>;
  /** Set when the block parsed but its top level is not a mapping. */
  notAMapping?: Span;
}

const FENCE = /^---[ \t]*$/;
const CLOSERS = /^(?:---|\.\.\.)[ \t]*$/;
const MAX_ALIASES = 100;

interface Line {
  start: number;
  end: number;
  next: number;
}

function lineAt(text: string, start: number): Line {
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  let next = end;
  if (text[next] === '\r') next++;
  if (text[next] === '\n') next++;
  return { start, end, next };
}

/**
 * Reads the front-matter block at the start of `text`, if any. The block opens with a `---` line and
 * closes at the next `---` or `...` line; a `---` directly after the opening fence is read as YAML's
 * own document-start marker rather than as an empty block.
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = lineAt(text, 0);
  if (!FENCE.test(text.slice(open.start, open.end))) return undefined;
  const openFence = { start: open.start, end: open.end };
  let pos = open.next;
  let first = true;
  while (pos < text.length) {
    const line = lineAt(text, pos);
    const content = text.slice(line.start, line.end);
    if (CLOSERS.test(content) && !(first && FENCE.test(content))) {
      const contentSpan = { start: open.next, end: line.start };
      const block = { span: { start: 0, end: line.next }, openFence, closeFence: { start: line.start, end: line.end }, content: contentSpan };
      return { ...block, ...parseYamlBlock(text.slice(contentSpan.start, contentSpan.end), contentSpan.start) };
    }
    first = false;
    pos = line.next;
  }
  return {
    span: { start: 0, end: text.length },
    openFence,
    content: { start: open.next, end: text.length },
    problems: [{ span: openFence, message: 'The front-matter block is never closed: add a line `---` after its last field.' }],
  };
}

function parseYamlBlock(source: string, base: number): Pick<FrontMatter, 'problems' | 'fields' | 'notAMapping'> {
  const simple = parseSimpleFrontMatter(source, base);
  if (simple) return { problems: [], fields: simple };
  return parseYamlWithLibrary(source, base);
}

/** The full YAML reading of a front-matter block, without the fast path for simple blocks. */
export function parseYamlWithLibrary(source: string, base: number): Pick<FrontMatter, 'problems' | 'fields' | 'notAMapping'> {
  const deep = tooDeepAt(source);
  if (deep >= 0) return { problems: [{ span: { start: base + deep, end: base + deep + 1 }, message: `The front-matter cannot be read: ${TOO_DEEP_MESSAGE}.` }] };
  // The yaml package does not end a line at a lone CR, as old Mac files and some scrapers write them; a
  // same-length replacement keeps every offset.
  const doc = parseYamlDocument(source.replace(/\r(?!\n)/g, '\n'), { strict: true });
  const shift = (start: number, end: number): Span => ({ start: base + start, end: base + Math.max(start, end) });
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    return { problems: [{ span: shift(first.pos[0], first.pos[1]), message: yamlMessage(first.message) }] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ span: shift(0, firstLineLength(source)), message: `The front-matter cannot be read: ${message}.` }] };
  }
  if (doc.contents === null || data === null || data === undefined) return { problems: [], fields: new Map() };
  if (!isMap(doc.contents)) {
    const [start, end] = doc.contents.range ?? [0, source.length];
    return { problems: [], notAMapping: shift(start, end) };
  }
  return { problems: [], fields: collectFields(doc, doc.contents.items as Pair[], base) };
}

export function collectFields(doc: Document, pairs: Pair[], base: number): Map<string, FrontMatterField> {
  const fields = new Map<string, FrontMatterField>();
  for (const pair of pairs) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const keySpan = { start: base + pair.key.range[0], end: base + pair.key.range[1] };
    const node = (pair.value ?? null) as Node | null;
    const valueSpan = node?.range
      ? { start: base + node.range[0], end: base + node.range[1] }
      : { start: keySpan.end + 1, end: keySpan.end + 1 };
    const value = node ? node.toJS(doc, { maxAliasCount: MAX_ALIASES }) : null;
    const field: FrontMatterField = { key, keySpan, valueSpan, value };
    if (isSeq(node)) {
      field.flow = Boolean(node.flow);
      field.items = node.items.map((item, index) => {
        const range = (item as Node).range ?? [0, 0];
        return { value: (value as unknown[])[index], span: { start: base + range[0], end: base + range[1] } };
      });
    }
    fields.set(key, field);
  }
  return fields;
}

function firstLineLength(source: string): number {
  const newline = source.search(/[\r\n]/);
  return newline < 0 ? source.length : newline;
}

function yamlMessage(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  return `Invalid YAML in front-matter: ${text.endsWith('.') ? text : `${text}.`}`;
}
