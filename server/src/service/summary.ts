import { parseCount } from './parse/count';
import { attribute, findAttribute, idList, type ParsedDocument } from './document';
import type { Attribute, Directive } from './parse/markdown';
import { newFieldSlot, type NewFieldSlot } from './rules/frontMatterEdits';
import { minhashSignature, shingleHashes, shinglesOfWords, type SimilarityInput } from './similarity/nearDuplicates';
import type { SuppressedLines } from './suppressions';
import { COUNT_KINDS, type Count, type CountKind, type Range } from './types';

export interface Located<T> {
  value: T;
  range: Range;
}

interface TagReport {
  /** The whole tag. */
  range: Range;
  label: string;
  date?: string;
  place?: string;
  by: string[];
  against: string[];
}

export interface EventReport extends TagReport {
  id: string;
}

export interface CasualtyReport extends TagReport {
  event?: string;
  source?: string;
  counts: Partial<Record<CountKind, Count>>;
}

/** Where a finding or a link about a whole document points: its first character, as its first line may be empty. */
const DOCUMENT_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Where to point at a whole document: its front-matter id, or its start when it has none. */
export function documentRange(summary: Pick<DocumentSummary, 'id'>): Range {
  return summary.id?.range ?? DOCUMENT_START;
}

/** What the corpus-wide rules (and the timeline) need to know of one document, in plain data. */
export interface DocumentSummary {
  file: string;
  eol: '\n' | '\r\n';
  id?: Located<string>;
  title?: string;
  published?: string;
  duplicateOf?: Located<string>;
  /**
   * Where a fix writes this document's `duplicate_of`: before the closing fence (see `newFieldSlot`)
   * when the field is absent, over the value when it is a string; nothing when it holds another type
   * (front-matter/type reports that).
   */
  duplicateOfSlot?: DuplicateOfSlot;
  similarity?: SimilarityInput;
  events: EventReport[];
  casualties: CasualtyReport[];
  suppressions: SuppressedLines[];
}

/** `wordHashes`: the prose's words hashed by the actor scan, when it ran; the body is read for them otherwise. */
export function summarize(doc: ParsedDocument, wordHashes?: Uint32Array): DocumentSummary {
  const fields = doc.frontMatter?.fields;
  const located = (key: string): Located<string> | undefined => {
    const field = fields?.get(key);
    return field && typeof field.value === 'string' ? { value: field.value, range: doc.lines.range(field.valueSpan) } : undefined;
  };
  const text = (key: string) => {
    const value = fields?.get(key)?.value;
    return typeof value === 'string' ? value : undefined;
  };
  const shingles = wordHashes ? shinglesOfWords(wordHashes) : shingleHashes(doc.body.prose.slice(doc.bodyStart));
  return {
    file: doc.file,
    eol: doc.eol,
    id: located('id'),
    title: text('title'),
    published: text('published'),
    duplicateOf: located('duplicate_of'),
    duplicateOfSlot: duplicateOfSlot(doc),
    similarity: { shingles, signature: minhashSignature(shingles) },
    events: doc.tags.event.flatMap((tag) => {
      const id = attribute(tag, 'id');
      return id ? [tagReport(doc, tag, { id })] : [];
    }),
    casualties: doc.tags.casualty.map((tag) => casualtyReport(doc, tag)),
    suppressions: doc.suppressions,
  };
}

/** `newField` is a `NewFieldSlot` with its fence as an LSP range, which is what a corpus-wide fix edits. */
export type DuplicateOfSlot = { newField: Omit<NewFieldSlot, 'fence'> & { range: Range } } | { replace: Range };

function duplicateOfSlot(doc: ParsedDocument): DuplicateOfSlot | undefined {
  const slot = newFieldSlot(doc);
  if (!slot) return undefined;
  const field = doc.frontMatter!.fields!.get('duplicate_of');
  if (!field) return { newField: { range: doc.lines.range(slot.fence), indent: slot.indent, fenceText: slot.fenceText } };
  if (typeof field.value !== 'string') return undefined;
  // A block scalar's span takes in the line break after it, which the new value must keep.
  const { start } = field.valueSpan;
  let { end } = field.valueSpan;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return { replace: doc.lines.range({ start, end }) };
}

function casualtyReport(doc: ParsedDocument, tag: Directive): CasualtyReport {
  return tagReport(doc, tag, { event: attribute(tag, 'event'), source: attribute(tag, 'source'), counts: countsOf(tag) });
}

/** The tag's report with `more` fields after the common ones, set one by one: spreading objects is several times slower. */
function tagReport<More extends object>(doc: ParsedDocument, tag: Directive, more: More): TagReport & More {
  const report: TagReport = {
    range: doc.lines.range(tag),
    label: tag.label,
    date: attribute(tag, 'date'),
    place: attribute(tag, 'place'),
    by: idList(tag, 'by').map((entry) => entry.id),
    against: idList(tag, 'against').map((entry) => entry.id),
  };
  return Object.assign(report, more);
}

export function countsOf(tag: Directive): Partial<Record<CountKind, Count>> {
  const counts: Partial<Record<CountKind, Count>> = {};
  const tagged = taggedCounts(tag);
  if (tagged) for (const { attribute, count } of tagged) counts[attribute.key as CountKind] = count;
  return counts;
}

/** A count a :casualty tag states, with the attribute that states it. */
export interface TaggedCount {
  attribute: Attribute;
  count: Count;
}

/**
 * The counts of the tag's first `killed`, `injured` and `missing` attributes that state one, in that
 * order; undefined for none. A list that is never empty: a check that meets lists sometimes empty and
 * sometimes not is compiled again and again while the engine warms up.
 */
export function taggedCounts(tag: Directive): TaggedCount[] | undefined {
  let counts: TaggedCount[] | undefined;
  for (const kind of COUNT_KINDS) {
    const attribute = findAttribute(tag, kind);
    const count = attribute && parseCount(attribute.value);
    if (attribute && count) (counts ??= []).push({ attribute, count });
  }
  return counts;
}
