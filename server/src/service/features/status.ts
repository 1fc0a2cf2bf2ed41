/** What a corpus holds, in counts, for an editor's status bar. */
import type { CorpusWorkspace } from '../workspace';
import type { Diagnostic } from '../types';

export interface CorpusCounts {
  name: string;
  documents: number;
  errors: number;
  warnings: number;
}

/** Counts every document's diagnostics (analysing the ones not analysed yet) and those of corpus.yaml and the registry. */
export function corpusCounts(workspace: CorpusWorkspace): CorpusCounts {
  const files = workspace.files();
  const diagnostics: Diagnostic[] = files.flatMap((file) => workspace.diagnostics(file));
  for (const fileDiagnostics of workspace.fileDiagnostics().values()) diagnostics.push(...fileDiagnostics);
  return {
    name: workspace.config.name,
    documents: files.length,
    errors: diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    warnings: diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
  };
}
