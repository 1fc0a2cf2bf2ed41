import { formatReportPieces, type FormatContext, type LintFormat } from '../../server/src/cli/format/index';
import { analyzeCorpus, analyzeDocument } from '../../server/src/service/analyze';
import { setupCorpus } from '../../server/src/service/corpus';
import type { Diagnostic, FileReport, Range } from '../../server/src/service/types';

export const TODAY = '2026-11-23';

export const REGISTRY = `ttp:
  name: Tehreek-e-Taliban Pakistan
  short: TTP
  aliases: [Pakistani Taliban]
  avoid: [Tehrik-e-Taliban]
  type: armed-group
  country: PK
afghan-taliban:
  name: Afghan Taliban
  type: armed-group
  country: AF
pakistan-army:
  name: Pakistan Army
  type: state
  country: PK
abdul-qayyum-zakir:
  name: Mullah Abdul Qayyum Zakir
  type: person
`;

export const CONFIG = 'name: Test corpus\n';

/** The range of the `nth` occurrence of `needle` in `text` (0 first), which lies on one line. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} #${nth} is not in the text`);
  const before = text.slice(0, offset).split('\n');
  const start = { line: before.length - 1, character: before[before.length - 1].length };
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

export interface Options {
  config?: string;
  registry?: string;
}

/** Front-matter that passes every front-matter rule, with the given extra lines. */
export function frontMatter(extra = '', actors = '[]'): string {
  return `---\nid: test-doc\ntitle: A test document\npublished: 2024-12-26\nsource: The Test Desk\nactors: ${actors}\n${extra}---\n`;
}

function setup(options: Options) {
  return setupCorpus(options.config ?? CONFIG, () => options.registry ?? REGISTRY, TODAY);
}

/** Every diagnostic of one document linted alone (document rules and corpus rules). */
export function lint(text: string, options: Options = {}): Diagnostic[] {
  return lintCorpus({ 'doc.md': text }, options).get('doc.md') ?? [];
}

export function lintCorpus(documents: Record<string, string>, options: Options = {}): Map<string, Diagnostic[]> {
  const { env } = setup(options);
  const results = new Map<string, Diagnostic[]>();
  const summaries = [];
  for (const [file, text] of Object.entries(documents)) {
    const analysis = analyzeDocument(file, { text, bom: false, eol: '\n' }, env);
    results.set(file, analysis.diagnostics);
    if (analysis.summary) summaries.push(analysis.summary);
  }
  for (const [file, diagnostics] of analyzeCorpus(summaries, env)) results.get(file)!.push(...diagnostics);
  return results;
}

export function rulesOf(diagnostics: readonly Diagnostic[], prefix = ''): string[] {
  return diagnostics.map((d) => d.rule).filter((rule) => rule.startsWith(prefix));
}

/** The text a diagnostic's range covers. */
export function textAt(text: string, diagnostic: Diagnostic): string {
  const lines = text.split('\n');
  const { start, end } = diagnostic.range;
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}

/** Applies one diagnostic's fix to single-line-ending text. */
export function applyFix(text: string, diagnostic: Diagnostic): string {
  return applyTextEdits(text, diagnostic.fix!.edits);
}

type LineEdit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };

/** Applies line/character edits (the service's or LSP's) to single-line-ending text, independently of the service's own edit code. */
export function applyTextEdits(text: string, edits: readonly LineEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  let result = text;
  for (const edit of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  }
  return result;
}

/** The command line's output as one text: its pieces joined as it writes them one after another. */
export function formatReports(format: LintFormat, reports: readonly FileReport[], ctx: FormatContext): string {
  return [...formatReportPieces(format, reports, ctx)].join('');
}
