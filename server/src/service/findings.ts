import { LineIndex } from './lineIndex';
import type { Diagnostic, OffsetEdit, RelatedLocation, Severity, Span } from './types';

export interface OffsetFix {
  title: string;
  edits: OffsetEdit[];
}

/** What a rule reports: a place in the text it was given, in offsets. */
export interface Finding {
  span: Span;
  message: string;
  fix?: OffsetFix;
  related?: RelatedLocation[];
}

export type Report = (finding: Finding) => void;

export function toDiagnostic(rule: string, severity: Severity, finding: Finding, lines: LineIndex): Diagnostic {
  const diagnostic: Diagnostic = { rule, severity, message: finding.message, range: lines.range(finding.span) };
  if (finding.fix) {
    diagnostic.fix = {
      title: finding.fix.title,
      edits: finding.fix.edits.map((edit) => ({ range: lines.range(edit), newText: edit.newText })),
    };
  }
  if (finding.related?.length) diagnostic.related = finding.related;
  return diagnostic;
}
