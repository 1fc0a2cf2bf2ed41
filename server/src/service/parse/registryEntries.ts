import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { parseYamlDocument } from './yamlDocument';
import { TOO_DEEP_MESSAGE, tooDeepAt } from './yamlDepth';
import type { Span } from '../types';
import { collectFields, type FrontMatterField, type YamlProblem } from './frontMatter';
import { parseSimpleFrontMatter } from './simpleFrontMatter';

/** One top-level entry of actors.yaml: its key and, when its value is a mapping, that mapping's fields. */
export interface RawEntry {
  id: string;
  idSpan: Span;
  valueSpan: Span;
  fields?: Map<string, FrontMatterField>;
}

export type RawRegistry = { entries: RawEntry[] } | { problems: YamlProblem[] } | { notAMapping: Span };

const INDENT = 2;
const ENTRY_KEY = /^([A-Za-z0-9_][A-Za-z0-9_-]*):[ ]*$/;

/**
 * Splits actors.yaml into entries. Registries are large and regular (`id:` then two-space-indented
 * `key: value` lines), so that shape is read by hand, each entry's fields by the front-matter fast
 * path; anything else goes to the `yaml` package, which gives the same result more slowly.
 */
export function readRegistryEntries(source: string): RawRegistry {
  return readSimpleRegistry(source) ?? readWithLibrary(source);
}

interface Block {
  id: string;
  idSpan: Span;
  /** Original offsets of the body lines, and the same lines with the indentation removed. */
  lineStarts: number[];
  lines: string[];
}

export function readSimpleRegistry(source: string): { entries: RawEntry[] } | undefined {
  if (source.charCodeAt(0) === 0xfeff || /\t|\r(?!\n)/.test(source)) return undefined;
  const blocks: Block[] = [];
  const seen = new Set<string>();
  let pos = 0;
  while (pos < source.length) {
    let end = source.indexOf('\n', pos);
    if (end < 0) end = source.length;
    const next = end + 1;
    const line = source.slice(pos, source[end - 1] === '\r' ? end - 1 : end);
    const eol = source.slice(pos + line.length, next);
    const key = ENTRY_KEY.exec(line);
    if (key) {
      if (seen.has(key[1])) return undefined;
      seen.add(key[1]);
      blocks.push({ id: key[1], idSpan: { start: pos, end: pos + key[1].length }, lineStarts: [], lines: [] });
    } else if (line.startsWith(' '.repeat(INDENT)) && blocks.length > 0) {
      const block = blocks[blocks.length - 1];
      block.lineStarts.push(pos + INDENT);
      block.lines.push(line.slice(INDENT) + eol);
    } else if (line.trim() !== '' && !line.startsWith('#')) {
      return undefined;
    }
    pos = next;
  }
  const entries: RawEntry[] = [];
  for (const block of blocks) {
    const body = block.lines.join('');
    const fields = body.trim() === '' ? undefined : parseSimpleFrontMatter(body, 0);
    if (!fields) return undefined;
    const toSource = offsetMapper(block);
    for (const field of fields.values()) remap(field, toSource);
    const first = block.lineStarts[0];
    const lastLine = block.lines.length - 1;
    entries.push({ id: block.id, idSpan: block.idSpan, valueSpan: { start: first, end: block.lineStarts[lastLine] + block.lines[lastLine].trimEnd().length }, fields });
  }
  return { entries };
}

/**
 * Maps an offset in the de-indented body back to the source. An end at the start of a line maps to
 * the start of the source line, before its indentation, as the yaml package reports it.
 */
function offsetMapper(block: Block): (offset: number, isEnd: boolean) => number {
  const starts: number[] = [];
  let total = 0;
  for (const line of block.lines) {
    starts.push(total);
    total += line.length;
  }
  return (offset, isEnd) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (isEnd && lo > 0 && offset === starts[lo]) return block.lineStarts[lo] - INDENT;
    return block.lineStarts[lo] + (offset - starts[lo]);
  };
}

function remap(field: FrontMatterField, toSource: (offset: number, isEnd: boolean) => number): void {
  const span = (s: Span): Span => ({ start: toSource(s.start, false), end: toSource(s.end, true) });
  field.keySpan = span(field.keySpan);
  field.valueSpan = span(field.valueSpan);
  for (const item of field.items ?? []) item.span = span(item.span);
}

export function readWithLibrary(source: string): RawRegistry {
  const deep = tooDeepAt(source);
  if (deep >= 0) return { problems: [{ span: { start: deep, end: deep + 1 }, message: `${TOO_DEEP_MESSAGE}.` }] };
  try {
    return readParsed(source);
  } catch (error) {
    // Reading values expands aliases; the yaml package refuses an alias-heavy file (a "billion laughs").
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ span: { start: 0, end: 0 }, message: `${message}.` }] };
  }
}

function readParsed(source: string): RawRegistry {
  const doc = parseYamlDocument(source);
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((error) => ({ span: { start: error.pos[0], end: Math.max(error.pos[0], error.pos[1]) }, message: error.message.replace(/\s+/g, ' ') })) };
  }
  if (doc.contents === null) return { entries: [] };
  if (!isMap(doc.contents)) return { notAMapping: spanOf(doc.contents) };
  return {
    entries: (doc.contents.items as Pair<Node, Node>[]).map((pair) => ({
      id: isScalar(pair.key) ? String(pair.key.value) : '',
      idSpan: spanOf(pair.key),
      valueSpan: pair.value ? spanOf(pair.value) : spanOf(pair.key),
      fields: isMap(pair.value) ? collectFields(doc, pair.value.items as Pair[], 0) : undefined,
    })),
  };
}

function spanOf(node: Node | null | undefined): Span {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}
