/**
 * ESLint's "stylish" layout: each file's path relative to the working folder, its diagnostics as aligned
 * rows, then a summary. A VS Code problem matcher reads it with a file pattern followed by a looping row
 * pattern (the summary line matches the file pattern but has no rows, so it yields nothing):
 *
 *   { "regexp": "^([^\\s].*)$", "file": 1 },
 *   { "regexp": "^\\s+(\\d+):(\\d+)\\s+(error|warning|info|hint)\\s+(.*?)\\s\\s+(\\S+)$",
 *     "line": 1, "column": 2, "severity": 3, "message": 4, "code": 5, "loop": true }
 *
 * Messages are kept on one line so that every row matches. Colours are plain ANSI escapes.
 */
import type { Severity } from '../../service/types';
import type { FileDiagnostic, FormatContext } from './index';

const SEVERITY_COLORS: Readonly<Record<Severity, number>> = { error: 31, warning: 33, info: 34, hint: 34 };
const DIM = 2;
const BOLD = 1;
const UNDERLINE = 4;

export function formatStylish(items: readonly FileDiagnostic[], ctx: FormatContext): string {
  if (items.length === 0) return '';
  const paint: Paint = (text, ...codes) => (ctx.color ? `\x1b[${codes.join(';')}m${text}\x1b[0m` : text);
  let out = '';
  for (const group of groupByFile(items)) {
    out += `${paint(group[0].path, UNDERLINE)}\n${rows(group, paint).join('\n')}\n\n`;
  }
  return out + summary(items, paint);
}

type Paint = (text: string, ...codes: number[]) => string;

/** Consecutive items of one file; the items arrive sorted by file. */
function groupByFile(items: readonly FileDiagnostic[]): FileDiagnostic[][] {
  const groups: FileDiagnostic[][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last[0].report.path === item.report.path) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

function rows(group: readonly FileDiagnostic[], paint: Paint): string[] {
  const cells = group.map((item) => ({
    line: String(item.line),
    column: String(item.column),
    severity: item.diagnostic.severity,
    message: item.diagnostic.message.replace(/\s*[\r\n]+\s*/g, ' '),
    rule: item.diagnostic.rule,
  }));
  const width = (key: keyof (typeof cells)[number]) => Math.max(...cells.map((cell) => cell[key].length));
  const widths = { line: width('line'), column: width('column'), severity: width('severity'), message: width('message') };
  return cells.map((cell) => {
    const position = paint(`${cell.line.padStart(widths.line)}:${cell.column}`, DIM) + pad(cell.column, widths.column);
    const severity = paint(cell.severity, SEVERITY_COLORS[cell.severity]) + pad(cell.severity, widths.severity);
    return `  ${position}  ${severity}  ${cell.message}${pad(cell.message, widths.message)}  ${paint(cell.rule, DIM)}`;
  });
}

function pad(text: string, width: number): string {
  return ' '.repeat(width - text.length);
}

function summary(items: readonly FileDiagnostic[], paint: Paint): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const { diagnostic } of items) counts[diagnostic.severity]++;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'info')];
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  const color = counts.error > 0 ? SEVERITY_COLORS.error : counts.warning > 0 ? SEVERITY_COLORS.warning : SEVERITY_COLORS.info;
  let text = `${paint(`✖ ${plural(items.length, 'problem')} (${parts.join(', ')})`, BOLD, color)}\n`;
  const fixable = items.filter((item) => item.diagnostic.fix !== undefined).length;
  if (fixable > 0) text += `  ${paint(`${fixable} fixable with --fix`, BOLD, color)}\n`;
  return text;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
