/** Shared shapes of the corpus service. Positions follow LSP: 0-based lines, UTF-16 columns. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into one text. */
export interface Span {
  start: number;
  end: number;
}

export interface OffsetEdit extends Span {
  newText: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  /** Corpus-relative path with `/` separators. */
  file: string;
  range: Range;
  message: string;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  related?: RelatedLocation[];
}

/** All diagnostics of one file; `file` is corpus-relative with `/` separators. */
export interface FileReport {
  file: string;
  path: string;
  diagnostics: Diagnostic[];
}

/** A count attribute value: `46`, `40-52`, `1500+` or `~40`. */
export interface Count {
  kind: 'exact' | 'range' | 'atLeast' | 'about';
  low: number;
  /** Upper bound; `Infinity` for `atLeast`. */
  high: number;
}

export type CountKind = 'killed' | 'injured' | 'missing';
export const COUNT_KINDS: readonly CountKind[] = ['killed', 'injured', 'missing'];

export type ActorType = 'state' | 'armed-group' | 'person' | 'organisation' | 'other';

export interface ActorEntry {
  id: string;
  name: string;
  short?: string;
  aliases: string[];
  avoid: string[];
  type: ActorType;
  country?: string;
  description?: string;
  wikidata?: string;
}
