import { severityOf } from './config';
import { parseCorpusDocument, type ParsedDocument } from './document';
import { toDiagnostic, type Finding } from './findings';
import { CORPUS_RULES, DOCUMENT_RULES } from './rules/index';
import { DocumentContext, type CorpusFinding, type RuleEnvironment } from './rules/rule';
import type { SourceText } from './source';
import { summarize, type DocumentSummary } from './summary';
import { isSuppressed } from './suppressions';
import type { Diagnostic, Severity, SeveritySetting } from './types';

export interface Logger {
  /** `ruleId` is set when a rule failed, so that a log can report each failing rule once. */
  error(message: string, ruleId?: string): void;
}

export interface AnalysisOptions {
  /** Severity overrides on top of corpus.yaml (editor settings). */
  overrides?: ReadonlyMap<string, SeveritySetting>;
  logger?: Logger;
}

export interface DocumentAnalysis {
  doc?: ParsedDocument;
  /** The document as the rules saw it, with what they worked out (actor mentions among it). */
  context?: DocumentContext;
  diagnostics: Diagnostic[];
  summary?: DocumentSummary;
}

/** Runs every document rule on one file. A rule that throws is logged and skipped; the others still run. */
export function analyzeDocument(file: string, source: SourceText, env: RuleEnvironment, options: AnalysisOptions = {}): DocumentAnalysis {
  if (source.unreadable) return { diagnostics: [unreadableDiagnostic(source, env, options)].filter((d): d is Diagnostic => Boolean(d)) };
  const doc = parseCorpusDocument(file, source.text);
  const context = new DocumentContext(doc, env);
  const diagnostics: Diagnostic[] = [];
  for (const rule of DOCUMENT_RULES) {
    const severity = severityOf(env.config, rule.id, options.overrides);
    if (severity === 'off') continue;
    const findings: Finding[] = [];
    try {
      rule.check(context, (finding) => findings.push(finding));
    } catch (error) {
      options.logger?.error(`corpus-lint: rule ${rule.id} failed on ${file}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, rule.id);
      continue;
    }
    for (const finding of findings) {
      const diagnostic = toDiagnostic(rule.id, severity, finding, doc.lines);
      if (!isSuppressed(doc.suppressions, rule.id, diagnostic.range.start.line)) diagnostics.push(diagnostic);
    }
  }
  return { doc, context, diagnostics, summary: summarize(doc, context.wordHashes) };
}

function unreadableDiagnostic(source: SourceText, env: RuleEnvironment, options: AnalysisOptions): Diagnostic | undefined {
  const severity = severityOf(env.config, 'document/unreadable', options.overrides);
  if (severity === 'off' || !source.unreadable) return undefined;
  const position = positionOf(source.text, source.unreadable.offset);
  return { rule: 'document/unreadable', severity, message: source.unreadable.message, range: { start: position, end: position } };
}

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = (before.match(/\r\n|\r|\n/g) ?? []).length;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: offset - lastBreak - 1 };
}

/** Runs the corpus-wide rules over every document's summary; returns diagnostics by file. */
export function analyzeCorpus(summaries: readonly DocumentSummary[], env: RuleEnvironment, options: AnalysisOptions = {}): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  const suppressions = new Map(summaries.map((summary) => [summary.file, summary.suppressions]));
  for (const rule of CORPUS_RULES) {
    const severity = severityOf(env.config, rule.id, options.overrides);
    if (severity === 'off') continue;
    try {
      rule.check(summaries, env, (finding) => add(byFile, rule.id, severity, finding, suppressions.get(finding.file) ?? []));
    } catch (error) {
      options.logger?.error(`corpus-lint: rule ${rule.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, rule.id);
    }
  }
  return byFile;
}

function add(byFile: Map<string, Diagnostic[]>, rule: string, severity: Severity, finding: CorpusFinding, suppressed: Parameters<typeof isSuppressed>[0]): void {
  if (isSuppressed(suppressed, rule, finding.range.start.line)) return;
  const { file, ...rest } = finding;
  const diagnostic: Diagnostic = { rule, severity, ...rest };
  if (!diagnostic.fix) delete diagnostic.fix;
  if (!diagnostic.related?.length) delete diagnostic.related;
  const list = byFile.get(file);
  if (list) list.push(diagnostic);
  else byFile.set(file, [diagnostic]);
}
