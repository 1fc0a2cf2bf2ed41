import { join } from 'node:path';
import type { KeyedLines } from '../cli/format/lines';
import { documentActors, type DocumentActors } from '../service/actorPlaces';
import { analyzeDocument, type AnalysisOptions } from '../service/analyze';
import type { RuleEnvironment } from '../service/rules/rule';
import { decodeSource, type SourceText } from '../service/source';
import type { DocumentSummary } from '../service/summary';
import type { Diagnostic } from '../service/types';
import { readAllTransient } from './readBytes';

/** A document's own diagnostics and summary (and actor places, when asked for), in plain data that can cross a worker boundary. */
export interface FileAnalysis {
  file: string;
  diagnostics: Diagnostic[];
  summary?: DocumentSummary;
  actors?: DocumentActors;
  /** The diagnostics written as the command line's output lines, in place of `diagnostics` (then empty). */
  lines?: KeyedLines;
  /** Whether `--fix` may edit the file: it was read, and its front-matter parses (absent: it may not). */
  fixable?: boolean;
}

export interface FileAnalysisOptions extends AnalysisOptions {
  /** Also work out where the document names actors, as the language server keeps it. */
  actors?: boolean;
}

/** Reads a document of the corpus at `root` and analyses it; a file that cannot be read gets a `document/unreadable` diagnostic. */
export function analyzeFile(root: string, file: string, env: RuleEnvironment, options: FileAnalysisOptions = {}): FileAnalysis {
  return analyzeBytes(file, readAllTransient([join(root, file)])[0], env, options);
}

/** Analyses a document read as `bytes`; when `bytes` is the error that kept it from being read, a `document/unreadable` diagnostic. */
export function analyzeBytes(file: string, bytes: Uint8Array | Error, env: RuleEnvironment, options: FileAnalysisOptions = {}): FileAnalysis {
  if (bytes instanceof Error) {
    const code = (bytes as NodeJS.ErrnoException).code ?? String(bytes);
    const origin = { line: 0, character: 0 };
    return { file, diagnostics: [{ rule: 'document/unreadable', severity: 'error', message: `This file cannot be read (${code}).`, range: { start: origin, end: origin } }] };
  }
  return analyzeSource(file, decodeSource(bytes), env, options);
}

/** Analyses a document's text as the workspace would, keeping only plain data. */
export function analyzeSource(file: string, source: SourceText, env: RuleEnvironment, options: FileAnalysisOptions = {}): FileAnalysis {
  const { doc, context, diagnostics, summary } = analyzeDocument(file, source, env, options);
  const analysis: FileAnalysis = { file, diagnostics, summary, fixable: doc !== undefined && !doc.frontMatter?.problems.length };
  if (options.actors && context) analysis.actors = documentActors(context);
  return analysis;
}
