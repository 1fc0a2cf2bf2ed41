/** Quick fixes: every fix a diagnostic carries, offered where the diagnostic is. */
import type { Diagnostic, Range, TextEdit } from '../types';
import type { CorpusWorkspace } from '../workspace';

export interface QuickFix {
  title: string;
  /** The diagnostic the fix resolves. */
  diagnostic: Diagnostic;
  /** Edits of the document the diagnostic is on. */
  edits: TextEdit[];
  /** Set when it is the only fix offered for the range: an editor may apply it directly. */
  isPreferred: boolean;
}

/** The fixes of the document's diagnostics that touch `range`, in the order of the diagnostics. */
export function quickFixes(workspace: CorpusWorkspace, file: string, range: Range): QuickFix[] {
  const fixes = workspace
    .diagnostics(file)
    .filter((diagnostic) => diagnostic.fix && touches(diagnostic.range, range))
    .map((diagnostic) => ({ title: diagnostic.fix!.title, diagnostic, edits: diagnostic.fix!.edits, isPreferred: false }));
  if (fixes.length === 1) fixes[0].isPreferred = true;
  return fixes;
}

function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
