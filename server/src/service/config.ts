import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseYamlDocument } from './parse/yamlDocument';
import { TOO_DEEP_MESSAGE, tooDeepAt } from './parse/yamlDepth';
import type { Finding } from './findings';
import { globProblem } from './globSafety';
import { RULES } from './ruleMeta';
import type { Severity, SeveritySetting, Span } from './types';
import { closest } from './text/closest';

export type FieldType = 'string' | 'date' | 'url' | 'list' | 'enum';

export interface FieldSpec {
  type: FieldType;
  values?: string[];
}

export interface CorpusConfig {
  name: string;
  documents: string[];
  exclude: string[];
  actors: string;
  required: string[];
  fields: Map<string, FieldSpec>;
  rules: Map<string, SeveritySetting>;
  nearDuplicateThreshold: number;
}

export interface LoadedConfig {
  config: CorpusConfig;
  findings: Finding[];
}

export const DEFAULT_REQUIRED = ['id', 'title', 'published', 'source'];
const KEYS = ['name', 'documents', 'exclude', 'actors', 'frontMatter', 'rules', 'nearDuplicateThreshold'];
const SEVERITIES: SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const FIELD_TYPES: FieldType[] = ['string', 'date', 'url', 'list', 'enum'];

export function defaultConfig(): CorpusConfig {
  return {
    name: '',
    documents: ['**/*.md'],
    exclude: [],
    actors: 'actors.yaml',
    required: [...DEFAULT_REQUIRED],
    fields: new Map(),
    rules: new Map(),
    nearDuplicateThreshold: 0.15,
  };
}

/** Reads corpus.yaml. Every problem is a finding; whatever is valid is kept, the rest falls back to defaults. */
export function loadConfig(source: string): LoadedConfig {
  const config = defaultConfig();
  const findings: Finding[] = [];
  const report = (span: Span, message: string) => findings.push({ span, message });
  const deep = tooDeepAt(source);
  if (deep >= 0) {
    report({ start: deep, end: deep + 1 }, `corpus.yaml cannot be read: ${TOO_DEEP_MESSAGE}.`);
    return { config, findings };
  }
  const doc = parseYamlDocument(source);
  for (const error of doc.errors) {
    report({ start: error.pos[0], end: Math.max(error.pos[0], error.pos[1]) }, `Invalid YAML in corpus.yaml: ${error.message.replace(/\s+/g, ' ')}`);
  }
  if (doc.errors.length > 0) return { config, findings };
  if (!isMap(doc.contents)) {
    report(spanOf(doc.contents, source), 'corpus.yaml must be a mapping of settings, starting with `name:`.');
    return { config, findings };
  }
  const reader = new ConfigReader(report);
  let sawName = false;
  for (const pair of doc.contents.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keySpan = spanOf(pair.key, source);
    const value = pair.value;
    switch (key) {
      case 'name':
        sawName = true;
        config.name = reader.string(value, keySpan, 'name') ?? '';
        break;
      case 'documents':
        config.documents = safeGlobs(reader.stringList(value, keySpan, 'documents'), value, source, report) ?? config.documents;
        break;
      case 'exclude':
        config.exclude = safeGlobs(reader.stringList(value, keySpan, 'exclude'), value, source, report) ?? config.exclude;
        break;
      case 'actors':
        config.actors = reader.string(value, keySpan, 'actors') ?? config.actors;
        break;
      case 'frontMatter':
        readFrontMatter(reader, value, keySpan, config);
        break;
      case 'rules':
        readRules(reader, value, keySpan, config);
        break;
      case 'nearDuplicateThreshold':
        config.nearDuplicateThreshold = reader.threshold(value, keySpan) ?? config.nearDuplicateThreshold;
        break;
      default:
        report(keySpan, unknownMessage('setting', key, KEYS));
    }
  }
  if (!sawName) report({ start: 0, end: firstLineEnd(source) }, 'corpus.yaml has no `name`: name the corpus, e.g. `name: South Asia conflict reporting`.');
  return { config, findings };
}

/** The globs that are safe to match; each refused one is reported where it is written. */
function safeGlobs(globs: string[] | undefined, value: Node | null, source: string, report: (span: Span, message: string) => void): string[] | undefined {
  if (!globs) return undefined;
  const items = isSeq(value) ? (value.items as Node[]) : [value];
  return globs.filter((glob, index) => {
    const problem = globProblem(glob);
    if (problem) report(spanOf(items[index] ?? value, source), `The glob \`${glob}\` is refused: ${problem}. Globs like it can take exponentially long to match; write it more simply.`);
    return !problem;
  });
}

function readFrontMatter(reader: ConfigReader, value: Node | null, keySpan: Span, config: CorpusConfig): void {
  const map = reader.map(value, keySpan, 'frontMatter');
  if (!map) return;
  for (const pair of map.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const span = reader.span(pair.key);
    if (key === 'required') config.required = reader.stringList(pair.value, span, 'frontMatter.required') ?? config.required;
    else if (key === 'fields') readFields(reader, pair.value, span, config);
    else reader.report(span, unknownMessage('frontMatter setting', key, ['required', 'fields']));
  }
}

function readFields(reader: ConfigReader, value: Node | null, keySpan: Span, config: CorpusConfig): void {
  const map = reader.map(value, keySpan, 'frontMatter.fields');
  if (!map) return;
  for (const pair of map.items as Pair<Node, Node>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const spec = reader.map(pair.value, reader.span(pair.key), `field ${name}`);
    if (!spec) continue;
    const typeNode = spec.get('type', true) as Node | undefined;
    const type = typeNode && isScalar(typeNode) ? String(typeNode.value) : undefined;
    if (!type || !FIELD_TYPES.includes(type as FieldType)) {
      reader.report(reader.span(typeNode ?? pair.key), `Field \`${name}\` needs a type: one of ${FIELD_TYPES.join(', ')}.`);
      continue;
    }
    const field: FieldSpec = { type: type as FieldType };
    if (type === 'enum') {
      const valuesNode = spec.get('values', true) as Node | undefined;
      field.values = reader.stringList(valuesNode ?? null, reader.span(pair.key), `field ${name} values`) ?? [];
    }
    config.fields.set(name, field);
  }
}

function readRules(reader: ConfigReader, value: Node | null, keySpan: Span, config: CorpusConfig): void {
  const map = reader.map(value, keySpan, 'rules');
  if (!map) return;
  for (const pair of map.items as Pair<Node, Node>[]) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!RULES.has(id)) {
      reader.report(reader.span(pair.key), unknownMessage('rule', id, [...RULES.keys()]));
      continue;
    }
    const severity = isScalar(pair.value) ? String(pair.value.value) : '';
    if (!SEVERITIES.includes(severity as Severity)) {
      reader.report(reader.span(pair.value ?? pair.key), `Severity of ${id} must be one of ${SEVERITIES.join(', ')}.`);
      continue;
    }
    config.rules.set(id, severity as SeveritySetting);
  }
}

class ConfigReader {
  constructor(readonly report: (span: Span, message: string) => void) {}

  span(node: Node | null | undefined): Span {
    const range = node?.range;
    return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
  }

  string(node: Node | null, keySpan: Span, name: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
    this.report(node ? this.span(node) : keySpan, `\`${name}\` must be a non-empty string.`);
    return undefined;
  }

  stringList(node: Node | null, keySpan: Span, name: string): string[] | undefined {
    if (isSeq(node) && node.items.every((item) => isScalar(item) && typeof item.value === 'string')) {
      return node.items.map((item) => String((item as { value: unknown }).value));
    }
    this.report(node ? this.span(node) : keySpan, `\`${name}\` must be a list of strings.`);
    return undefined;
  }

  map(node: Node | null, keySpan: Span, name: string): YAMLMap | undefined {
    if (isMap(node)) return node;
    this.report(node ? this.span(node) : keySpan, `\`${name}\` must be a mapping.`);
    return undefined;
  }

  threshold(node: Node | null, keySpan: Span): number | undefined {
    if (isScalar(node) && typeof node.value === 'number' && node.value > 0 && node.value <= 1) return node.value;
    this.report(node ? this.span(node) : keySpan, '`nearDuplicateThreshold` must be a number above 0 and at most 1.');
    return undefined;
  }
}

function unknownMessage(what: string, name: string, known: readonly string[]): string {
  const suggestion = closest(name, known);
  return `Unknown ${what} \`${name}\`${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`;
}

function spanOf(node: Node | null | undefined, source: string): Span {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: firstLineEnd(source) };
}

function firstLineEnd(source: string): number {
  const newline = source.search(/[\r\n]/);
  return newline < 0 ? source.length : newline;
}

export function severityOf(config: CorpusConfig, rule: string, overrides?: ReadonlyMap<string, SeveritySetting>): SeveritySetting {
  return overrides?.get(rule) ?? config.rules.get(rule) ?? RULES.get(rule)?.defaultSeverity ?? 'error';
}
