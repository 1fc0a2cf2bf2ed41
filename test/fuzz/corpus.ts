/** A corpus held in memory for the fuzzers, with a logger that turns every logged failure into a test failure. */
import { byOutputPosition } from '../../server/src/cli/format/lines';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import type { Diagnostic } from '../../server/src/service/types';

export const TODAY = '2026-11-23';

export interface FuzzCorpus {
  config: string;
  /** The registry's text; undefined when it cannot be read. */
  registry: string | undefined;
  documents: Record<string, string>;
}

export interface OpenCorpus {
  workspace: CorpusWorkspace;
  /** Everything the service logged: a rule that threw is caught there, and each one is a failure here. */
  logged: string[];
}

export function openCorpus(corpus: FuzzCorpus): OpenCorpus {
  const logged: string[] = [];
  const workspace = new CorpusWorkspace({
    configSource: corpus.config,
    readRegistry: (file) => (file === 'actors.yaml' ? corpus.registry : undefined),
    today: TODAY,
    logger: { error: (message) => logged.push(message) },
  });
  for (const [file, text] of Object.entries(corpus.documents)) workspace.setDocument(file, text);
  return { workspace, logged };
}

/** A file's diagnostics in the order `--fix` applies their fixes. */
export function sortedDiagnostics(workspace: CorpusWorkspace, file: string): Diagnostic[] {
  return [...workspace.diagnostics(file)].sort(byOutputPosition);
}

export function assertNothingLogged(logged: readonly string[]): void {
  if (logged.length > 0) throw new Error(`The service logged ${logged.length} failure(s):\n${logged.join('\n')}`);
}
