/** Completion in the front-matter: the keys not written yet, actor ids in `actors`, enum values, document ids. */
import type { ParsedDocument } from '../../document';
import { knownFields } from '../../rules/front-matter/schema';
import type { CorpusWorkspace } from '../../workspace';
import { corpusIndex } from '../hover/corpusIndex';
import { actorItems } from './actorItems';
import { describeField, fieldMarkdown } from './fields';
import type { FrontMatterCursor } from './frontMatterCursor';
import type { CompletionEntry } from './types';

export function frontMatterItems(workspace: CorpusWorkspace, doc: ParsedDocument, cursor: FrontMatterCursor, offset: number): CompletionEntry[] {
  if (cursor.part === 'key') return keyItems(workspace, doc, cursor);
  if (cursor.key === 'actors') return actorIdItems(workspace, doc, cursor, offset);
  const word = wordAt(doc.text, offset, cursor.lineStart);
  const range = doc.lines.range(word);
  const value = (label: string, detail: string): CompletionEntry => ({ label, kind: 'value', detail, range, newText: label });
  if (cursor.key === 'duplicate_of') {
    const own = doc.frontMatter?.fields?.get('id')?.value;
    return [...corpusIndex(workspace).documents].filter(([id]) => id !== own).map(([id, files]) => value(id, files.join(', ')));
  }
  const values = describeField(workspace.config, cursor.key)?.values ?? [];
  return values.map((label) => value(label, `allowed value of ${cursor.key}`));
}

function keyItems(workspace: CorpusWorkspace, doc: ParsedDocument, cursor: Extract<FrontMatterCursor, { part: 'key' }>): CompletionEntry[] {
  const config = workspace.config;
  const range = doc.lines.range(cursor.span);
  return knownFields(config)
    .filter((key) => !cursor.present.has(key))
    .flatMap((key, index) => {
      const field = describeField(config, key);
      if (!field) return [];
      const list = field.type.startsWith('list');
      const entry: CompletionEntry = {
        label: key,
        kind: 'field',
        detail: `${field.type}${field.required ? ' · required' : ''}`,
        documentation: fieldMarkdown(field),
        range,
        newText: cursor.colon ? key : `${key}: `,
        sortText: `${field.required ? 0 : 1}${String(index).padStart(3, '0')}`,
      };
      if (!cursor.colon) entry.snippet = list ? `${key}: [$1]` : `${key}: $1`;
      return [entry];
    });
}

/**
 * Actor ids inside the `actors` list, written `[a, b]` or as `- a` lines; ids already listed are left out.
 * Right after `actors:` with nothing else on the line, the id comes in a new `[...]`.
 */
function actorIdItems(workspace: CorpusWorkspace, doc: ParsedDocument, cursor: Extract<FrontMatterCursor, { part: 'value' }>, offset: number): CompletionEntry[] {
  const text = doc.text;
  const word = wordAt(text, offset, cursor.lineStart);
  const beforeWord = text.slice(cursor.region.start, word.start);
  const inFlow = beforeWord.lastIndexOf('[') > beforeWord.lastIndexOf(']');
  const blockItem = /^[ \t]*-[ \t]+$/.test(text.slice(cursor.lineStart, word.start));
  const emptyValue = cursor.lineStart < cursor.region.start && beforeWord.trim() === '' && text.slice(word.end, cursor.region.end).trim() === '';
  if (!inFlow && !blockItem && !emptyValue) return [];
  const listText = text.slice(cursor.region.start, word.start) + text.slice(word.end, cursor.region.end);
  const listed = new Set(listText.match(/[a-z0-9][a-z0-9-]*/g) ?? []);
  const space = text[word.start - 1] === ':' ? ' ' : '';
  const wrap = inFlow || blockItem ? undefined : (id: string) => `${space}[${id}]`;
  return actorItems(workspace.registry, doc.lines.range(word), listed, wrap);
}

/** The id-like word around `offset`, within its line. */
function wordAt(text: string, offset: number, lineStart: number): { start: number; end: number } {
  const isWordChar = (char: string | undefined) => char !== undefined && /[\w-]/.test(char);
  let start = offset;
  while (start > lineStart && isWordChar(text[start - 1])) start--;
  let end = offset;
  while (isWordChar(text[end])) end++;
  return { start, end };
}
