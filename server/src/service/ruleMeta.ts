import type { Severity } from './types';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** Whether the rule offers a fix (for some rules only in some cases). */
  fixable: boolean;
  description: string;
}

const table: [string, Severity, boolean, string][] = [
  ['front-matter/missing', 'error', false, 'A document has no front-matter block.'],
  ['front-matter/syntax', 'error', false, 'The front-matter is not valid YAML, or its block is never closed.'],
  ['front-matter/required', 'error', false, 'A required front-matter field is missing or empty.'],
  ['front-matter/type', 'error', false, 'A front-matter value has the wrong type or format.'],
  ['front-matter/date', 'error', false, 'A date is not a real date, lies in the future, or `retrieved` precedes `published`.'],
  ['front-matter/unknown-field', 'warning', false, 'A front-matter field the schema does not know.'],
  ['actor/unknown', 'error', true, 'An actor id that the registry does not define.'],
  ['actor/variant', 'warning', true, 'A variant spelling of a registered actor name.'],
  ['actor/not-listed', 'info', true, 'An actor mentioned in the body but missing from front-matter `actors`.'],
  ['actor/unmentioned', 'warning', true, 'An actor listed in front-matter `actors` that the body never mentions.'],
  ['casualty/untagged', 'warning', true, 'A casualty figure in the text that no :casualty tag marks.'],
  ['casualty/mismatch', 'error', true, "A :casualty label's figure disagrees with the tag's counts."],
  ['casualty/missing-source', 'warning', false, 'A :casualty tag with no `source` attribution.'],
  ['casualty/invalid', 'error', false, 'A :casualty tag with a missing or bad count, a bad date or attribute, or an unknown attribute.'],
  ['casualty/conflict', 'info', false, 'One event reported with different figures in different places.'],
  ['event/invalid', 'error', false, 'An :event tag without `id` or `date`, or with a bad attribute.'],
  ['event/duplicate-id', 'error', false, 'Two :event tags declare the same id.'],
  ['directive/unknown', 'warning', true, 'A directive whose name is not casualty, event or actor.'],
  ['directive/syntax', 'error', false, 'A directive whose label or attribute list is never closed.'],
  ['document/boilerplate', 'warning', true, 'Site chrome a scraper left in the text.'],
  ['document/unreadable', 'error', false, 'A file that cannot be read as UTF-8 text: invalid bytes, a binary file, or a read error. An addition to the spec\'s table.'],
  ['corpus/duplicate-id', 'error', false, 'Two documents share one `id`.'],
  ['corpus/near-duplicate', 'warning', true, 'Two documents with near-identical bodies that no `duplicate_of` links.'],
  ['config/invalid', 'error', false, 'An error in corpus.yaml.'],
  ['registry/invalid', 'error', false, 'An error in the actor registry.'],
  ['registry/ambiguous-alias', 'error', false, 'One name form claimed by two actors.'],
];

export const RULES: ReadonlyMap<string, RuleMeta> = new Map(
  table.map(([id, defaultSeverity, fixable, description]) => [id, { id, defaultSeverity, fixable, description }]),
);

export const RULE_IDS: readonly string[] = table.map(([id]) => id);

export const DOCS_URL = 'https://github.com/corpus-lint/corpus-lint/blob/main/README.md';

/** The README anchor of a rule's section, e.g. `#rule-actorvariant` for `actor/variant`. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_URL}#rule-${id.replace(/[^a-z0-9-]/g, '')}`;
}
