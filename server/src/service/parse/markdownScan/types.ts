import type { Span } from '../../types';

export interface Attribute {
  key: string;
  value: string;
  keySpan: Span;
  /** The value without its quotes; for a bare `key` with no `=`, an empty span at the key's end. */
  valueSpan: Span;
  quoted: boolean;
}

/** A text directive `:name[label]{attributes}`. Offsets are absolute in the scanned text. */
export interface Directive {
  name: string;
  /** The `:`. */
  start: number;
  /** Past the `]`, or past the `}` when there are attributes. */
  end: number;
  nameSpan: Span;
  label: string;
  /** Inside the brackets. */
  labelSpan: Span;
  attributes: Attribute[];
  /** The attribute list, braces included. */
  attributesSpan?: Span;
}

/** A directive whose label or attribute list is never closed, or whose attribute list is malformed. */
export interface DirectiveError {
  /** The `:`. */
  start: number;
  end: number;
  name: string;
  part: 'label' | 'attributes';
  message: string;
}

export interface HtmlComment {
  start: number;
  end: number;
  /** The text between `<!--` and `-->`. */
  body: string;
}

export interface BodyScan {
  directives: Directive[];
  directiveErrors: DirectiveError[];
  comments: HtmlComment[];
  /**
   * Sorted, non-overlapping regions where tags and actor names are not recognised: code spans, fenced
   * and indented code blocks, HTML comments, link destinations with their titles, autolinks.
   */
  excluded: Span[];
  /**
   * The text with the same length, where the part before the body, every excluded region, and each
   * directive's `:name[`, `]` and `{...}` are spaces. Line breaks are kept as they are.
   */
  prose: string;
}
