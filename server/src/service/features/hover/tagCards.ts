/** Cards for a :casualty or :event tag: what the tag states, and every report of its event across the corpus. */
import { attribute, idList, type ParsedDocument } from '../../document';
import { parseCount } from '../../parse/count';
import type { Directive } from '../../parse/markdown';
import { countInWords } from '../../timeline/figureText';
import { COUNT_KINDS, type Count } from '../../types';
import type { CorpusWorkspace } from '../../workspace';
import { corpusIndex } from './corpusIndex';
import { escapeMarkdown } from './markdown';
import { reportsSection, type Here } from './reports';

export function casualtyCard(workspace: CorpusWorkspace, doc: ParsedDocument, tag: Directive): string {
  const lines = [`**:casualty** ${escapeMarkdown(oneLine(tag.label))}`, ''];
  const counts = COUNT_KINDS.flatMap((kind) => {
    const value = attribute(tag, kind);
    if (value === undefined) return [];
    const count = parseCount(value);
    return [count ? `- ${kind}: **${countInWords(count)}**${READINGS[count.kind](count)}` : `- ${kind}: \`${escapeMarkdown(value)}\` is not a count`];
  });
  lines.push(...(counts.length > 0 ? counts : ['*No count: add killed=, injured= or missing=.*']), '');
  const source = attribute(tag, 'source');
  lines.push(source ? `Source: ${escapeMarkdown(source)}` : '*No source given.*');
  const facts = tagFacts(workspace, tag);
  if (facts) lines.push('', facts);
  const event = attribute(tag, 'event');
  const reports = event ? corpusIndex(workspace).events.get(event) : undefined;
  if (event && reports) lines.push('', ...reportsSection(event, reports, here(doc, tag)));
  return lines.join('\n');
}

export function eventCard(workspace: CorpusWorkspace, doc: ParsedDocument, tag: Directive): string {
  const id = attribute(tag, 'id');
  const lines = [`**:event** ${escapeMarkdown(oneLine(tag.label))}`];
  const facts = tagFacts(workspace, tag);
  if (facts) lines.push('', facts);
  const reports = id ? corpusIndex(workspace).events.get(id) : undefined;
  if (!id || !reports) return [...lines, '', '*No `id`: reports cannot name this event.*'].join('\n');
  lines.push('', ...reportsSection(id, reports, here(doc, tag)));
  const elsewhere = reports.declarations.filter((placed) => placed.file !== doc.file || placed.event.range.start.line !== doc.lines.positionAt(tag.start).line);
  if (elsewhere.length > 0) {
    lines.push('', `Also declared in: ${elsewhere.map((placed) => `\`${placed.document}\` (line ${placed.event.range.start.line + 1})`).join(', ')}`);
  }
  return lines.join('\n');
}

const READINGS: Record<Count['kind'], (count: Count) => string> = {
  exact: () => '',
  range: (count) => ` (between ${count.low.toLocaleString('en-US')} and ${count.high.toLocaleString('en-US')})`,
  atLeast: (count) => ` (at least ${count.low.toLocaleString('en-US')})`,
  about: (count) => ` (about ${count.low.toLocaleString('en-US')})`,
};

/** `Date 2024-12-24 · Place Paktika · By Pakistan Army · Against TTP`, with actors by their registry names. */
function tagFacts(workspace: CorpusWorkspace, tag: Directive): string {
  const actors = (key: string) => idList(tag, key).map(({ id }) => escapeMarkdown(workspace.registry.byId.get(id)?.name ?? id)).join(', ');
  const facts: [string, string | undefined][] = [
    ['Date', attribute(tag, 'date') && escapeMarkdown(attribute(tag, 'date')!)],
    ['Place', attribute(tag, 'place') && escapeMarkdown(attribute(tag, 'place')!)],
    ['By', actors('by')],
    ['Against', actors('against')],
  ];
  return facts.flatMap(([name, value]) => (value ? [`${name} ${value}`] : [])).join(' · ');
}

function here(doc: ParsedDocument, tag: Directive): Here {
  return { file: doc.file, range: doc.lines.range(tag) };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
