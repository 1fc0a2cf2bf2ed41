/**
 * What each front-matter field means (spec section 2), written once: completion shows it beside each key,
 * hover shows it on a key.
 */
import type { CorpusConfig, FieldType } from '../../config';

interface BuiltInField {
  type: string;
  meaning: string;
  allowed: string;
}

const BUILT_IN: Readonly<Record<string, BuiltInField>> = {
  id: {
    type: 'string',
    meaning: "The document's own id; other documents point at it with `duplicate_of`.",
    allowed: 'Lower-case letters, digits and hyphens, starting with a letter or digit; unique across the corpus.',
  },
  title: { type: 'string', meaning: 'The headline of the article.', allowed: 'Any text, not empty.' },
  published: {
    type: 'date',
    meaning: 'The day the article was published; it places the document on the timeline.',
    allowed: '`YYYY-MM-DD`, a real calendar date, not after today; quoted or not.',
  },
  source: { type: 'string', meaning: 'The publisher or outlet the article comes from.', allowed: 'Any text, not empty.' },
  author: { type: 'string or list of strings', meaning: 'Who wrote the article.', allowed: 'A name, or a list of names.' },
  url: { type: 'url', meaning: 'Where the article was found.', allowed: 'An absolute `http` or `https` URL.' },
  language: {
    type: 'string',
    meaning: 'The language the article is written in; `en` when absent.',
    allowed: 'A BCP 47 tag such as `en`, `ur` or `ps-AF`.',
  },
  retrieved: {
    type: 'date',
    meaning: 'The day the article was saved into the corpus.',
    allowed: '`YYYY-MM-DD`, a real calendar date, not before `published`.',
  },
  actors: {
    type: 'list of actor ids',
    meaning: 'The actors the article is about; every actor the body mentions belongs here.',
    allowed: 'Ids from the actor registry, written `[a, b]` or as `- a` lines.',
  },
  duplicate_of: {
    type: 'string',
    meaning: 'Marks the document as a copy of another one, which silences the near-duplicate check between them.',
    allowed: 'The `id` of another document in the corpus.',
  },
  tags: { type: 'list of strings', meaning: 'Free keywords for sorting and searching the corpus.', allowed: 'A list of strings.' },
};

export interface FieldDescription {
  key: string;
  type: string;
  required: boolean;
  /** Whether corpus.yaml declares the field rather than the spec. */
  declared: boolean;
  meaning: string;
  allowed: string;
  /** The values an enum field takes. */
  values?: string[];
}

/** The field as the corpus's schema knows it, or undefined when the schema has no such field. */
export function describeField(config: CorpusConfig, key: string): FieldDescription | undefined {
  const required = config.required.includes(key);
  const declared = config.fields.get(key);
  if (declared) {
    const values = declared.type === 'enum' ? (declared.values ?? []) : undefined;
    return {
      key,
      type: declared.type,
      required,
      declared: true,
      meaning: 'A field this corpus declares in corpus.yaml (`frontMatter.fields`).',
      allowed: values ? `One of ${values.map((value) => `\`${value}\``).join(', ')}.` : DECLARED_ALLOWED[declared.type],
      ...(values && { values }),
    };
  }
  const builtIn = Object.hasOwn(BUILT_IN, key) ? BUILT_IN[key] : undefined;
  return builtIn && { key, type: builtIn.type, required, declared: false, meaning: builtIn.meaning, allowed: builtIn.allowed };
}

const DECLARED_ALLOWED: Record<FieldType, string> = {
  string: 'Any text.',
  date: '`YYYY-MM-DD`, a real calendar date, not after today.',
  url: 'An absolute `http` or `https` URL.',
  list: 'A list of strings.',
  enum: 'One of the listed values.',
};

/** The field's description as Markdown: type and whether it is required, meaning, allowed values. */
export function fieldMarkdown(field: FieldDescription): string {
  const facts = [field.type, field.required ? 'required' : 'optional', ...(field.declared ? ['declared in corpus.yaml'] : [])];
  return [`**\`${field.key}\`** · ${facts.join(' · ')}`, '', field.meaning, '', `Allowed: ${field.allowed}`].join('\n');
}
