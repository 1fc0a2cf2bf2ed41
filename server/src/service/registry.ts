import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Finding } from './findings';
import { LineIndex } from './lineIndex';
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
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  for (const error of doc.errors) {
    invalid({ start: error.pos[0], end: Math.max(error.pos[0], error.pos[1]) }, `Invalid YAML in the registry: ${error.message.replace(/\s+/g, ' ')}`);
  }
  if (doc.errors.length > 0) return { registry, findings };
  if (doc.contents === null) return { registry, findings };
  if (!isMap(doc.contents)) {
    invalid(spanOf(doc.contents), 'The registry must be a mapping from actor id to entry.');
    return { registry, findings };
  }
  const forms = new FormClaims(registryFile, new LineIndex(source), findings);
  for (const pair of doc.contents.items as Pair<Node, Node>[]) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const idSpan = spanOf(pair.key);
    if (!ACTOR_ID.test(id)) {
      invalid(idSpan, `Actor id \`${id}\` must be lower-case letters, digits and hyphens, starting with a letter or digit.`);
      continue;
    }
    const entry = readEntry(id, idSpan, pair.value, invalid, forms);
    if (!entry) continue;
    registry.entries.push(entry);
    registry.byId.set(id, entry);
    registry.definitions.set(id, idSpan);
  }
  return { registry, findings };
}

type Invalid = (span: Span, message: string) => void;

function readEntry(id: string, idSpan: Span, node: Node | null, invalid: Invalid, forms: FormClaims): ActorEntry | undefined {
  if (!isMap(node)) {
    invalid(node ? spanOf(node) : idSpan, `Actor \`${id}\` must be a mapping with at least \`name\` and \`type\`.`);
    return undefined;
  }
  const entry: ActorEntry = { id, name: '', aliases: [], avoid: [], type: 'other' };
  let sawType = false;
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keySpan = spanOf(pair.key);
    const value = pair.value;
    const text = isScalar(value) && typeof value.value === 'string' ? value.value.trim() : undefined;
    const where = value ? spanOf(value) : keySpan;
    switch (key) {
      case 'name':
      case 'short':
      case 'description':
        if (!text) invalid(where, `\`${key}\` of actor \`${id}\` must be a non-empty string.`);
        else {
          entry[key] = text;
          if (key !== 'description') forms.claim(text, id, where);
        }
        break;
      case 'aliases':
      case 'avoid': {
        if (!isSeq(value)) {
          invalid(where, `\`${key}\` of actor \`${id}\` must be a list of names.`);
          break;
        }
        for (const item of value.items as Node[]) {
          const form = isScalar(item) && typeof item.value === 'string' ? item.value.trim() : '';
          if (!form) invalid(spanOf(item), `Every entry of \`${key}\` of actor \`${id}\` must be a non-empty string.`);
          else {
            entry[key].push(form);
            forms.claim(form, id, spanOf(item));
          }
        }
        break;
      }
      case 'type':
        sawType = true;
        if (text && (ACTOR_TYPES as string[]).includes(text)) entry.type = text as ActorType;
        else invalid(where, `\`type\` of actor \`${id}\` must be one of ${ACTOR_TYPES.join(', ')}.`);
        break;
      case 'country':
        if (text && /^[A-Z]{2}$/.test(text)) entry.country = text;
        else invalid(where, `\`country\` of actor \`${id}\` must be an ISO 3166-1 alpha-2 code such as PK or AF.`);
        break;
      case 'wikidata':
        if (text && /^Q[0-9]+$/.test(text)) entry.wikidata = text;
        else invalid(where, `\`wikidata\` of actor \`${id}\` must be a Wikidata item id such as Q42.`);
        break;
      default: {
        const suggestion = closest(key, FIELDS);
        invalid(keySpan, `Unknown field \`${key}\` in actor \`${id}\`${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`);
      }
    }
  }
  if (!entry.name) {
    invalid(idSpan, `Actor \`${id}\` has no \`name\`.`);
    return undefined;
  }
  if (!sawType) invalid(idSpan, `Actor \`${id}\` has no \`type\` (one of ${ACTOR_TYPES.join(', ')}).`);
  return entry;
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

function spanOf(node: Node | null | undefined): Span {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}
