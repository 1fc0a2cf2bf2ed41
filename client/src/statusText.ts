/** The status bar's words, kept apart from the vscode API so they can be tested in plain Node. */
import type { CorpusStatus } from '../../server/src/protocol';

/** vscode.DiagnosticSeverity.Error and .Warning. */
const ERROR = 0;
const WARNING = 1;

export interface ShownProblems {
  errors: number;
  warnings: number;
}

export interface FileDiagnostics {
  /** A uri's path, with `/` separators. */
  path: string;
  severities: readonly number[];
}

/** Errors and warnings shown in the editor for files at or below any of the corpus roots (uri paths). */
export function countProblems(roots: readonly string[], files: readonly FileDiagnostics[]): ShownProblems {
  const prefixes = roots.map((root) => root.replace(/\/?$/, '/'));
  const shown: ShownProblems = { errors: 0, warnings: 0 };
  for (const file of files) {
    if (!prefixes.some((prefix) => file.path.startsWith(prefix))) continue;
    shown.errors += file.severities.filter((severity) => severity === ERROR).length;
    shown.warnings += file.severities.filter((severity) => severity === WARNING).length;
  }
  return shown;
}

export function statusText(corpora: readonly CorpusStatus[], shown: ShownProblems): string {
  const what = corpora.length === 1 ? corpora[0].name : `${corpora.length} corpora`;
  const documents = corpora.reduce((sum, corpus) => sum + corpus.documents, 0);
  return `$(book) ${what}  $(file) ${documents}  $(error) ${shown.errors}  $(warning) ${shown.warnings}`;
}

export function statusTooltip(corpora: readonly CorpusStatus[], shown: ShownProblems): string {
  const lines = corpora.map((corpus) =>
    `**${escapeMarkdown(corpus.name)}**: ${plural(corpus.documents, 'document')}, ${plural(corpus.errors, 'error')} and ${plural(corpus.warnings, 'warning')} in all`);
  lines.push(`Shown in Problems: ${plural(shown.errors, 'error')}, ${plural(shown.warnings, 'warning')}. Click to open Problems.`);
  return lines.join('\n\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
