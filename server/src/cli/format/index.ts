import type { RuleMeta } from '../../service/ruleMeta';
import { compareStrings } from '../../service/text/compare';
import type { Diagnostic, FileReport } from '../../service/types';
import { formatGithub } from './github';
import { formatJson } from './json';
import { pathFrom } from './lines';
import { sarifPieces } from './sarif';
import { formatStylish } from './stylish';

export type LintFormat = 'stylish' | 'json' | 'sarif' | 'github';

export interface FormatContext {
  /** Stylish, github and sarif name files relative to this folder, where the user or the CI job runs. */
  cwd: string;
  color: boolean;
  rules: ReadonlyMap<string, RuleMeta>;
  toolVersion: string;
}

/** One diagnostic with its file and its 1-based span; formatters receive these sorted by file, line and column. */
export interface FileDiagnostic {
  report: FileReport;
  diagnostic: Diagnostic;
  /** The file relative to `FormatContext.cwd`, with `/` separators. */
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const FORMATTERS: Readonly<Record<LintFormat, (items: readonly FileDiagnostic[], ctx: FormatContext) => string | Iterable<string>>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: sarifPieces,
  github: formatGithub,
};

/**
 * Renders lint results as pieces to write one after another, made as they are asked for; the text ends with
 * a newline unless it is empty (stylish and github with nothing to say).
 */
export function formatReportPieces(format: LintFormat, reports: readonly FileReport[], ctx: FormatContext): Iterable<string> {
  const output = FORMATTERS[format](sortedDiagnostics(reports, ctx.cwd), ctx);
  return typeof output === 'string' ? [output] : output;
}

function sortedDiagnostics(reports: readonly FileReport[], cwd: string): FileDiagnostic[] {
  const items = reports.flatMap((report) => {
    const path = pathFrom(cwd, report.path);
    return report.diagnostics.map((diagnostic): FileDiagnostic => {
      const { start, end } = diagnostic.range;
      // LSP counts from 0; every output format counts lines and UTF-16 columns from 1.
      return { report, diagnostic, path, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
    });
  });
  // Reports usually arrive in this order already; checking costs far less than sorting.
  return isSorted(items, inOutputOrder) ? items : items.sort(inOutputOrder);
}

/** The absolute path keeps apart two corpora's files of the same name, so stylish can group by file. */
function inOutputOrder(a: FileDiagnostic, b: FileDiagnostic): number {
  return (
    compareStrings(a.report.file, b.report.file) ||
    compareStrings(a.report.path, b.report.path) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.diagnostic.rule, b.diagnostic.rule)
  );
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return false;
  return true;
}
