/** The three tags and their attributes (spec section 3), as completion offers them. */

/** What an attribute's value is, which decides what completion offers for it. */
export type ValueKind = 'count' | 'text' | 'date' | 'event' | 'actors' | 'actor' | 'new-id';

export interface AttributeDoc {
  name: string;
  value: ValueKind;
  meaning: string;
  required?: boolean;
}

export interface TagDoc {
  name: 'casualty' | 'event' | 'actor';
  meaning: string;
  /** The whole tag as an LSP snippet, written after the `:`. */
  snippet: string;
  attributes: AttributeDoc[];
}

const COUNT = 'A count: `N`, `N-M` (N < M), `N+` (at least N) or `~N` (about N), digits without separators.';
const BY = 'Perpetrator: an actor id from the registry, or several separated by commas.';
const AGAINST = 'Target: an actor id from the registry, or several separated by commas.';
const PLACE = 'Where it happened.';

export const TAGS: readonly TagDoc[] = [
  {
    name: 'casualty',
    meaning: 'A casualty figure: people killed, injured or missing, as one source reported them.',
    snippet: 'casualty[${1:label}]{killed=${2} source="${3}"}',
    attributes: [
      { name: 'killed', value: 'count', meaning: `People killed. ${COUNT}` },
      { name: 'injured', value: 'count', meaning: `People injured. ${COUNT}` },
      { name: 'missing', value: 'count', meaning: `People missing. ${COUNT}` },
      { name: 'source', value: 'text', meaning: 'Who reported the figure.' },
      { name: 'date', value: 'date', meaning: 'When the event happened: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.' },
      { name: 'event', value: 'event', meaning: 'The id of the event: reports sharing it are one event across the corpus.' },
      { name: 'by', value: 'actors', meaning: BY },
      { name: 'against', value: 'actors', meaning: AGAINST },
      { name: 'place', value: 'text', meaning: PLACE },
    ],
  },
  {
    name: 'event',
    meaning: 'A dated event for the timeline.',
    snippet: 'event[${1:label}]{id=${2} date=${3}}',
    attributes: [
      { name: 'id', value: 'new-id', meaning: 'The id of the event, unique across the corpus; :casualty tags name it with `event=`.', required: true },
      { name: 'date', value: 'date', meaning: 'When it happened: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.', required: true },
      { name: 'by', value: 'actors', meaning: BY },
      { name: 'against', value: 'actors', meaning: AGAINST },
      { name: 'place', value: 'text', meaning: PLACE },
    ],
  },
  {
    name: 'actor',
    meaning: "An explicit actor mention, for a phrase the registry's names cannot find by themselves.",
    snippet: 'actor[${1:label}]{id=${2}}',
    attributes: [{ name: 'id', value: 'actor', meaning: 'The actor id from the registry.', required: true }],
  },
];

export function tagDoc(name: string): TagDoc | undefined {
  return TAGS.find((tag) => tag.name === name);
}
