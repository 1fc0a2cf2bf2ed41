import { parse } from 'yaml';
import type { ParsedDocument } from '../document';
import type { OffsetEdit, Span } from '../types';

/** The edit that adds `value` to the front-matter list `key`, creating the field when absent. */
export function addToListEdit(doc: ParsedDocument, key: string, text: string): OffsetEdit | undefined {
  const value = yamlItem(text);
  const frontMatter = doc.frontMatter;
  if (!frontMatter?.fields || !frontMatter.closeFence) return undefined;
  const field = frontMatter.fields.get(key);
  if (!field) return insertFieldEdit(doc, `${key}: [${value}]`);
  if (field.value === null) {
    // The edit takes in the colon, so that two fixes filling the empty value overlap and take turns. An
    // empty value's span lies just before any comment that follows it: the comment keeps its space.
    const colon = doc.text.indexOf(':', field.keySpan.end);
    if (colon < 0 || doc.text.slice(field.keySpan.end, colon).trim() !== '') return undefined;
    const end = field.valueSpan.start === field.valueSpan.end ? colon + 1 : field.valueSpan.end;
    return { start: colon, end, newText: `: [${value}]` };
  }
  const items = field.items;
  if (!items) return undefined;
  if (field.flow) {
    if (items.length === 0) return { start: field.valueSpan.start + 1, end: field.valueSpan.start + 1, newText: value };
    const last = items[items.length - 1].span.end;
    return { start: last, end: last, newText: `, ${value}` };
  }
  const last = items[items.length - 1].span;
  const lineStart = doc.lines.lineStart(doc.lines.positionAt(last.start).line);
  const prefix = doc.text.slice(lineStart, last.start);
  if (!/^\s*-\s+$/.test(prefix)) return undefined;
  const end = doc.lines.lineEnd(doc.lines.positionAt(last.end).line);
  return { start: end, end, newText: `${doc.eol}${prefix}${value}` };
}

/** A word YAML's core schema reads as a string, unless it is one of `NOT_STRINGS`: most registry ids. */
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_-]*$/;
const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** `text` as a YAML flow item: as it is when YAML reads it back as that string, else quoted. */
export function yamlItem(text: string): string {
  // An id such as `8`, `1e5` or `null` would be read back as a number or null, not as the id: quote it.
  // Parsing is slow enough to matter for every mention of every document; a plain word needs none.
  const isString = PLAIN_WORD.test(text) ? !NOT_STRINGS.has(text) : typeof parse(text) === 'string';
  return isString ? text : JSON.stringify(text);
}

/**
 * The edit that removes item `index` of the front-matter list `key`, with its separator or its line. Removing
 * the only item rewrites the whole list around it, so that the edit overlaps one adding an item after it
 * (`addToListEdit`): applied together, the two would leave `[, new]`; overlapping, they take turns.
 */
export function removeFromListEdit(doc: ParsedDocument, key: string, index: number): OffsetEdit | undefined {
  const field = doc.frontMatter?.fields?.get(key);
  const items = field?.items;
  if (!field || !items || !items[index]) return undefined;
  const item = items[index].span;
  const { text, lines } = doc;
  if (field.flow) {
    if (index < items.length - 1) return { start: item.start, end: items[index + 1].span.start, newText: '' };
    if (index > 0) return { start: items[index - 1].span.end, end: item.end, newText: '' };
    const { start, end } = field.valueSpan;
    return { start, end, newText: text.slice(start, item.start) + text.slice(item.end, end) };
  }
  const line = lines.positionAt(item.start).line;
  const nextLine = lines.nextLineStart(line);
  if (items.length === 1) return { start: field.keySpan.end + 1, end: nextLine, newText: ` []${text.slice(item.end, nextLine)}` };
  return { start: lines.lineStart(line), end: nextLine, newText: '' };
}

/** Where a new field goes: see `newFieldSlot`. */
export interface NewFieldSlot {
  /** The closing fence, with the blank lines before it that hold a tab. */
  fence: Span;
  /** The indentation of the block's first key. */
  indent: string;
  fenceText: string;
}

/**
 * Where a new field goes: before the closing fence, indented as the block's first key. The edit rewrites
 * the fence with the new line (`newFieldText`), so that two fixes adding a field overlap and never apply
 * in one round: two fixes adding `actors` would otherwise give the block the key twice. Blank lines that
 * end the block and hold a tab stay after the new line: YAML takes a tab before a key for indentation.
 */
export function newFieldSlot(doc: ParsedDocument): NewFieldSlot | undefined {
  const { closeFence, fields } = doc.frontMatter ?? {};
  if (!closeFence || !fields) return undefined;
  const fence = { start: blankLinesWithTabBefore(doc, closeFence.start), end: closeFence.end };
  const fenceText = doc.text.slice(fence.start, fence.end);
  const first = fields.values().next().value;
  if (!first) return { fence, indent: '', fenceText };
  const before = doc.text.slice(doc.lines.lineStart(doc.lines.positionAt(first.keySpan.start).line), first.keySpan.start);
  return { fence, indent: /^[ \t]*$/.test(before) ? before : '', fenceText };
}

/** The start of the blank lines just before `offset` (a line start), if one of them holds a tab; else `offset`. */
function blankLinesWithTabBefore(doc: ParsedDocument, offset: number): number {
  let start = offset;
  let tab = false;
  for (let line = doc.lines.positionAt(offset).line - 1; line > 0; line--) {
    const text = doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line));
    if (!/^[ \t]*$/.test(text)) break;
    tab ||= text.includes('\t');
    start = doc.lines.lineStart(line);
  }
  return tab ? start : offset;
}

/** What replaces the closing fence of `slot` to add the field `line` (`key: value`). */
export function newFieldText(slot: Omit<NewFieldSlot, 'fence'>, line: string, eol: string): string {
  return `${slot.indent}${line}${eol}${slot.fenceText}`;
}

/** The edit that adds the field `line` (`key: value`): see `newFieldSlot`. */
export function insertFieldEdit(doc: ParsedDocument, line: string): OffsetEdit | undefined {
  const slot = newFieldSlot(doc);
  return slot && { ...slot.fence, newText: newFieldText(slot, line, doc.eol) };
}
