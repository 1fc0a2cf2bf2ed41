/** The reports of one event across the corpus, in Markdown: the combined figures, then each report. */
import { combineFigures } from '../../timeline/figures';
import { countInWords } from '../../timeline/figureText';
import { COUNT_KINDS, type Count, type CountKind, type Range } from '../../types';
import type { EventReports, PlacedCasualty } from './corpusIndex';
import { escapeMarkdown, plural } from './markdown';

/** A tag's place: to mark the report the hover is on. */
export interface Here {
  file: string;
  range: Range;
}

export function reportsSection(id: string, { declarations, reports }: EventReports, here: Here): string[] {
  const documents = new Set([...declarations, ...reports].map((placed) => placed.file)).size;
  const lines = [`**Event \`${id}\`** · ${plural(reports.length, 'casualty report')} in ${plural(documents, 'document')}`];
  if (reports.length === 0) return [...lines, '', `No :casualty tag names this event yet (\`event=${id}\`).`];
  lines.push('', ...figureTable(reports), '');
  for (const report of reports) lines.push(`- ${reportLine(report, here)}`);
  return lines;
}

/** Per count kind, the smallest lower bound and the largest upper bound of the reports. */
function figureTable(reports: readonly PlacedCasualty[]): string[] {
  const figures = combineFigures(reports);
  const rows = COUNT_KINDS.flatMap((kind) => {
    const figure = figures[kind];
    if (!figure) return [];
    const high = Number.isFinite(figure.high) ? figure.high.toLocaleString('en-US') : 'no upper bound';
    return [`| ${kind} | ${figure.low.toLocaleString('en-US')} | ${high} | ${figure.conflict ? 'reports differ' : 'reports agree'} |`];
  });
  return rows.length === 0 ? ['*No report gives a valid count.*'] : ['| | low | high | |', '|---|---|---|---|', ...rows];
}

function reportLine({ file, document, casualty }: PlacedCasualty, here: Here): string {
  const counts = countsInWords(casualty.counts) || 'no valid count';
  const source = casualty.source ? ` · ${escapeMarkdown(casualty.source)}` : ' · *no source*';
  const isHere = file === here.file && sameStart(casualty.range, here.range);
  return `${counts}${source} — \`${document}\` (${escapeMarkdown(file)}, line ${casualty.range.start.line + 1})${isHere ? ' · *this tag*' : ''}`;
}

/** `killed 46 · injured 3`. */
export function countsInWords(counts: Partial<Record<CountKind, Count>>): string {
  return COUNT_KINDS.flatMap((kind) => (counts[kind] ? [`${kind} ${countInWords(counts[kind]!)}`] : [])).join(' · ');
}

function sameStart(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character;
}
