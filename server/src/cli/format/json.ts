import type { Severity } from '../../service/types';
import type { FileDiagnostic, FormatContext } from './index';
import { joinLines, renderLine } from './lines';

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
export function formatJson(items: readonly FileDiagnostic[], ctx: FormatContext): string {
  return joinLines('json', items.map(({ report, diagnostic }) => renderLine('json', diagnostic, report, ctx.cwd)));
}
