import type { Severity } from '../../service/types';
import type { FileDiagnostic } from './index';

/** One element of `--format json`, as the spec (section 6) defines it. */
export interface JsonDiagnostic {
  /** Relative to the corpus root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  fixable: boolean;
}

/** One JSON array with one object per line, so that the output is both one document and easy to diff or grep. */
export function formatJson(items: readonly FileDiagnostic[]): string {
  if (items.length === 0) return '[]\n';
  // The same text as JSON.stringify of a JsonDiagnostic, keys in that order, built without the object.
  const lines = items.map(
    ({ report, diagnostic, line, column, endLine, endColumn }) =>
      `{"file":${JSON.stringify(report.file)},"line":${line},"column":${column},"endLine":${endLine},"endColumn":${endColumn},` +
      `"severity":"${diagnostic.severity}","rule":${JSON.stringify(diagnostic.rule)},"message":${JSON.stringify(diagnostic.message)},"fixable":${diagnostic.fix !== undefined}}`,
  );
  return `[\n${lines.join(',\n')}\n]\n`;
}
