import type { DocumentSummary } from '../../summary';
import type { CorpusRule } from '../rule';
import { casualtyConflict } from './casualtyConflict';
import { corpusDuplicateId } from './duplicateId';
import { duplicateOfTarget } from './duplicateOfTarget';
import { eventDuplicateId } from './eventDuplicateId';
import type { GroupedRule } from './keyedGroups';

/** A summary with nothing a corpus rule reads but its file, and `more`, set on it: spreading objects is slow. */
function bare(summary: DocumentSummary, more: Partial<DocumentSummary>): DocumentSummary {
  return Object.assign({ file: summary.file, eol: summary.eol, events: [], casualties: [], suppressions: [] }, more);
}

/** How each corpus rule that checks groups of documents splits the corpus; near-duplicates are kept elsewhere. */
export const GROUPED_RULES: readonly GroupedRule[] = [
  {
    rule: corpusDuplicateId,
    keys: (summary) => (summary.id ? [summary.id.value] : []),
    project: (summary) => bare(summary, { id: summary.id }),
  },
  {
    rule: eventDuplicateId,
    keys: (summary) => summary.events.map((event) => event.id),
    project: (summary, key) => bare(summary, { events: summary.events.filter((event) => event.id === key) }),
  },
  {
    // One timeline entry per event id: its declarations and the reports naming it.
    rule: casualtyConflict,
    keys: (summary) => [...summary.events.map((event) => event.id), ...summary.casualties.flatMap((casualty) => casualty.event ?? [])],
    project: (summary, key) =>
      bare(summary, {
        events: summary.events.filter((event) => event.id === key),
        casualties: summary.casualties.filter((casualty) => casualty.event === key),
      }),
  },
  {
    // A `duplicate_of` target with the documents that have that id.
    rule: duplicateOfTarget,
    keys: (summary) => [summary.id?.value, summary.duplicateOf?.value].filter((key): key is string => key !== undefined),
    project: (summary, key) => bare(summary, { id: summary.id, duplicateOf: summary.duplicateOf?.value === key ? summary.duplicateOf : undefined }),
  },
];

/** A rule this module does not know how to split: one group of the whole corpus, checked again after every change. */
export function wholeCorpus(rule: CorpusRule): GroupedRule {
  return { rule, keys: () => ['*'], project: (summary) => ({ ...summary, similarity: undefined }) };
}
