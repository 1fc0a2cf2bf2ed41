import type { Finding } from './findings';
import { LineIndex } from './lineIndex';
import type { FrontMatterField } from './parse/frontMatter';
import { readRegistryEntries, type RawEntry } from './parse/registryEntries';
import type { ActorEntry, ActorType, Span } from './types';
import { closest } from './text/closest';

export interface Registry {
  entries: ActorEntry[];
  byId: Map<string, ActorEntry>;
  /** Where each id is defined in the registry file. */
  definitions: Map<string, Span>;
}

export interface RegistryFinding extends Finding {
  rule: 'registry/invalid' | 'registry/ambiguous-alias';
}

export const ACTOR_ID = /^[a-z0-9][a-z0-9-]*$/;
export const ACTOR_TYPES: readonly ActorType[] = ['state', 'armed-group', 'person', 'organisation', 'other'];
const FIELDS = ['name', 'short', 'aliases', 'avoid', 'type', 'country', 'description', 'wikidata'];

export function emptyRegistry(): Registry {
  return { entries: [], byId: new Map(), definitions: new Map() };
}

/** Reads actors.yaml. Invalid parts are reported; every entry with an id and a name is still kept. */
export function loadRegistry(source: string, registryFile: string): { registry: Registry; findings: RegistryFinding[] } {
  const registry = emptyRegistry();
  const findings: RegistryFinding[] = [];
  const invalid = (span: Span, message: string) => findings.push({ rule: 'registry/invalid', span, message });
  const raw = readRegistryEntries(source);
  if ('problems' in raw) {
    for (const problem of raw.problems) invalid(problem.span, `Invalid YAML in the registry: ${problem.message}`);
    return { registry, findings };
  }
  if ('notAMapping' in raw) {
    invalid(raw.notAMapping, 'The registry must be a mapping from actor id to entry.');
    return { registry, findings };
  }
  const forms = new FormClaims(registryFile, new LineIndex(source), findings);
  for (const rawEntry of raw.entries) {
    if (!ACTOR_ID.test(rawEntry.id)) {
      invalid(rawEntry.idSpan, `Actor id \`${rawEntry.id}\` must be lower-case letters, digits and hyphens, starting with a letter or digit.`);
      continue;
    }
    const entry = readEntry(rawEntry, invalid, forms);
    if (!entry) continue;
    registry.entries.push(entry);
    registry.byId.set(entry.id, entry);
    registry.definitions.set(entry.id, rawEntry.idSpan);
  }
  return { registry, findings };
}

type Invalid = (span: Span, message: string) => void;

function readEntry({ id, idSpan, valueSpan, fields }: RawEntry, invalid: Invalid, forms: FormClaims): ActorEntry | undefined {
  if (!fields) {
    invalid(valueSpan, `Actor \`${id}\` must be a mapping with at least \`name\` and \`type\`.`);
    return undefined;
  }
  const entry: ActorEntry = { id, name: '', aliases: [], avoid: [], type: 'other' };
  for (const field of fields.values()) readField(entry, field, invalid, forms);
  if (!entry.name) {
    invalid(idSpan, `Actor \`${id}\` has no \`name\`.`);
    return undefined;
  }
  if (!fields.has('type')) invalid(idSpan, `Actor \`${id}\` has no \`type\` (one of ${ACTOR_TYPES.join(', ')}).`);
  return entry;
}

function readField(entry: ActorEntry, field: FrontMatterField, invalid: Invalid, forms: FormClaims): void {
  const { id } = entry;
  const { key, value, valueSpan: where } = field;
  const text = typeof value === 'string' ? value.trim() : undefined;
  switch (key) {
    case 'name':
    case 'short':
    case 'description':
      if (!text) invalid(where, `\`${key}\` of actor \`${id}\` must be a non-empty string.`);
      else {
        entry[key] = text;
        if (key !== 'description') forms.claim(text, id, where);
      }
      return;
    case 'aliases':
    case 'avoid':
      if (!field.items) {
        invalid(where, `\`${key}\` of actor \`${id}\` must be a list of names.`);
        return;
      }
      for (const item of field.items) {
        const form = typeof item.value === 'string' ? item.value.trim() : '';
        if (!form) invalid(item.span, `Every entry of \`${key}\` of actor \`${id}\` must be a non-empty string.`);
        else {
          entry[key].push(form);
          forms.claim(form, id, item.span);
        }
      }
      return;
    case 'type':
      if (text && (ACTOR_TYPES as string[]).includes(text)) entry.type = text as ActorType;
      else invalid(where, `\`type\` of actor \`${id}\` must be one of ${ACTOR_TYPES.join(', ')}.`);
      return;
    case 'country':
      if (text && /^[A-Z]{2}$/.test(text)) entry.country = text;
      else invalid(where, `\`country\` of actor \`${id}\` must be an ISO 3166-1 alpha-2 code such as PK or AF.`);
      return;
    case 'wikidata':
      if (text && /^Q[0-9]+$/.test(text)) entry.wikidata = text;
      else invalid(where, `\`wikidata\` of actor \`${id}\` must be a Wikidata item id such as Q42.`);
      return;
    default: {
      const suggestion = closest(key, FIELDS);
      invalid(field.keySpan, `Unknown field \`${key}\` in actor \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`);
    }
  }
}

/** Tracks which actor claims each name form, to report a form claimed twice. */
class FormClaims {
  private readonly owners = new Map<string, { id: string; span: Span }>();

  constructor(
    private readonly registryFile: string,
    private readonly lines: LineIndex,
    private readonly findings: RegistryFinding[],
  ) {}

  claim(form: string, id: string, span: Span): void {
    const key = form.toLowerCase().replace(/\s+/g, ' ');
    const owner = this.owners.get(key);
    if (!owner) {
      this.owners.set(key, { id, span });
      return;
    }
    if (owner.id === id) return;
    this.findings.push({
      rule: 'registry/ambiguous-alias',
      span,
      message: `\`${form}\` is claimed by both \`${owner.id}\` and \`${id}\`: a mention could not tell them apart.`,
      related: [{ file: this.registryFile, range: this.lines.range(owner.span), message: `first claimed by \`${owner.id}\`` }],
    });
  }
}
