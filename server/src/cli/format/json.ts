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
  const lines = items.map(({ report, diagnostic, line, column, endLine, endColumn }) => {
    const entry: JsonDiagnostic = {
      file: report.file,
      line,
      column,
      endLine,
      endColumn,
      severity: diagnostic.severity,
      rule: diagnostic.rule,
      message: diagnostic.message,
      fixable: diagnostic.fix !== undefined,
    };
    return JSON.stringify(entry);
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}
