import type { CorpusConfig, FieldSpec } from '../../config';

/** The built-in front-matter fields (spec section 2); corpus.yaml may add more. */
export const BUILT_IN_FIELDS: ReadonlyMap<string, FieldSpec | { type: 'id' | 'authors' | 'language' | 'actors' }> = new Map<string, FieldSpec | { type: 'id' | 'authors' | 'language' | 'actors' }>([
  ['id', { type: 'id' }],
  ['title', { type: 'string' }],
  ['published', { type: 'date' }],
  ['source', { type: 'string' }],
  ['author', { type: 'authors' }],
  ['url', { type: 'url' }],
  ['language', { type: 'language' }],
  ['retrieved', { type: 'date' }],
  ['actors', { type: 'actors' }],
  ['duplicate_of', { type: 'string' }],
  ['tags', { type: 'list' }],
]);

export type FieldKind = FieldSpec['type'] | 'id' | 'authors' | 'language' | 'actors';

export function fieldSpec(config: CorpusConfig, key: string): { type: FieldKind; values?: string[] } | undefined {
  return config.fields.get(key) ?? BUILT_IN_FIELDS.get(key);
}

export function knownFields(config: CorpusConfig): string[] {
  return [...BUILT_IN_FIELDS.keys(), ...config.fields.keys()];
}

export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}
