import { join } from 'node:path';
import { analyzeDocument, type AnalysisOptions } from '../service/analyze';
import type { RuleEnvironment } from '../service/rules/rule';
import { decodeSource } from '../service/source';
import type { DocumentSummary } from '../service/summary';
import type { Diagnostic } from '../service/types';
import { readBytesTransient } from './readBytes';

/** A document's own diagnostics and summary, in plain data that can cross a worker boundary. */
export interface FileAnalysis {
  file: string;
  diagnostics: Diagnostic[];
  summary?: DocumentSummary;
}

export function analyzeFile(root: string, file: string, env: RuleEnvironment, options: AnalysisOptions = {}): FileAnalysis {
  let bytes: Uint8Array;
  try {
    bytes = readBytesTransient(join(root, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const origin = { line: 0, character: 0 };
    return { file, diagnostics: [{ rule: 'document/unreadable', severity: 'error', message: `This file cannot be read (${code}).`, range: { start: origin, end: origin } }] };
  }
  const { diagnostics, summary } = analyzeDocument(file, decodeSource(bytes), env, options);
  return { file, diagnostics, summary };
}
