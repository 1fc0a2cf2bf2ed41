import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../service/analyze';
import { applyFixes, toOffsetEdits } from '../service/applyEdits';
import { decodeSource, encodeSource, type SourceText } from '../service/source';
import type { FileReport } from '../service/types';
import type { FileAnalysis } from '../node/analyzeFile';
import { listDocuments } from '../node/corpusFiles';
import type { LoadedCorpus } from '../node/loadCorpus';
import { buildReports, stderrLogger } from './lint';
import { writeFileAtomic } from './writeFileAtomic';

/** Fixes never loop forever: a fix that keeps producing new fixes stops after this many rounds. */
const MAX_ROUNDS = 10;

interface FixableFile {
  source: SourceText;
  text: string;
  mtimeMs: number;
  size: number;
  /** False when the file must not be touched: unreadable, or its front-matter does not parse. */
  parseable: boolean;
}

export interface FixOutcome {
  reports: FileReport[];
  written: string[];
  failures: string[];
}

/** Applies every fix until nothing changes, writes the changed files atomically and reports what remains. */
export async function fixCorpus(corpus: LoadedCorpus): Promise<FixOutcome> {
  const files = new Map<string, FixableFile>();
  for (const file of listDocuments(corpus.root, corpus.config)) files.set(file, readFixable(join(corpus.root, file)));
  let reports: FileReport[] = [];
  for (let round = 0; round <= MAX_ROUNDS; round++) {
    reports = lintInMemory(corpus, files);
    if (round === MAX_ROUNDS || applyRound(reports, files) === 0) break;
  }
  const written: string[] = [];
  const failures: string[] = [];
  for (const [file, state] of files) {
    if (state.text === state.source.text) continue;
    try {
      await writeFileAtomic(join(corpus.root, file), encodeSource(state.text, state.source), { expectedMtimeMs: state.mtimeMs, expectedSize: state.size });
      written.push(file);
    } catch (error) {
      failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { reports, written, failures };
}

function readFixable(path: string): FixableFile {
  try {
    const stat = statSync(path);
    const source = decodeSource(readFileSync(path));
    return { source, text: source.text, mtimeMs: stat.mtimeMs, size: stat.size, parseable: !source.unreadable };
  } catch {
    const source: SourceText = { text: '', bom: false, eol: '\n', unreadable: { offset: 0, message: 'unreadable' } };
    return { source, text: '', mtimeMs: 0, size: 0, parseable: false };
  }
}

function lintInMemory(corpus: LoadedCorpus, files: Map<string, FixableFile>): FileReport[] {
  const analyses: FileAnalysis[] = [];
  for (const [file, state] of files) {
    const { doc, diagnostics, summary } = analyzeDocument(file, { ...state.source, text: state.text }, corpus.env, { logger: stderrLogger });
    state.parseable = Boolean(doc) && !doc?.frontMatter?.problems.length;
    analyses.push({ file, diagnostics, summary });
  }
  return buildReports(corpus, analyses);
}

/** Applies the fixes of one round; returns how many files changed. */
function applyRound(reports: readonly FileReport[], files: Map<string, FixableFile>): number {
  let changed = 0;
  for (const report of reports) {
    const state = files.get(report.file);
    if (!state?.parseable) continue;
    const fixes = report.diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [{ edits: toOffsetEdits(state.text, diagnostic.fix.edits) }] : []));
    if (fixes.length === 0) continue;
    const { text } = applyFixes(state.text, fixes);
    if (text !== state.text) {
      state.text = text;
      changed++;
    }
  }
  return changed;
}
