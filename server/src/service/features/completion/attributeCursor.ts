/** Where the cursor is inside a tag's attribute list: on a name, on a value, or between attributes. */
import type { ParsedDocument } from '../../document';
import { directiveNameEnd, LabelMatcher } from '../../parse/markdownScan/labels';
import type { Span } from '../../types';
import { readLooseAttributes, type LooseAttribute } from './attributeList';

export interface AttributeCursor {
  /** The directive's name: `casualty`, `event`, `actor`, or one the spec does not know. */
  tag: string;
  label: string;
  /** The attributes written, the one at the cursor included. */
  attributes: LooseAttribute[];
  /** The attribute at the cursor, if it is on one. */
  current?: LooseAttribute;
  /** `name`: an attribute name goes here; `value`: a value of `current` does. */
  part: 'name' | 'value';
  /** What the partial word at the cursor covers: the key, the value, or an empty span between attributes. */
  span: Span;
}

interface OpenList {
  tag: string;
  label: string;
  /** The `{`. */
  open: number;
  /** Where the list's text ends: its `}`, or the end of the line for a list not closed yet. */
  bound: number;
}

export function attributeCursor(doc: ParsedDocument, offset: number): AttributeCursor | undefined {
  const list = listAt(doc, offset);
  if (!list) return undefined;
  const attributes = readLooseAttributes(doc.text, list.open, list.bound);
  const base = { tag: list.tag, label: list.label, attributes };
  const within = (span: Span | undefined) => span !== undefined && span.start <= offset && offset <= span.end;
  for (const attribute of attributes) {
    if (within(attribute.keySpan)) return { ...base, current: attribute, part: 'name', span: attribute.keySpan };
    if (within(attribute.valueSpan)) return { ...base, current: attribute, part: 'value', span: attribute.valueSpan! };
  }
  const before = doc.text[offset - 1];
  if (offset === list.open + 1 || before === ' ' || before === '\t' || before === '\n') return { ...base, part: 'name', span: { start: offset, end: offset } };
  return undefined;
}

/** The attribute list holding `offset`: of a whole directive, or of one whose list is unclosed or malformed. */
function listAt(doc: ParsedDocument, offset: number): OpenList | undefined {
  for (const directive of doc.body.directives) {
    const span = directive.attributesSpan;
    if (span && span.start < offset && offset < span.end) return { tag: directive.name, label: directive.label, open: span.start, bound: span.end - 1 };
  }
  const text = doc.text;
  for (const error of doc.body.directiveErrors) {
    if (error.part !== 'attributes' || offset <= error.start || offset > error.end) continue;
    const nameEnd = directiveNameEnd(text, error.start + 1, error.end);
    const labelEnd = nameEnd < 0 ? -1 : new LabelMatcher(text).close(nameEnd, error.end);
    const open = labelEnd + 1;
    const bound = text[error.end - 1] === '}' ? error.end - 1 : error.end;
    if (labelEnd < 0 || text[open] !== '{' || offset <= open || offset > bound) continue;
    return { tag: error.name, label: text.slice(nameEnd + 1, labelEnd), open, bound };
  }
  return undefined;
}
