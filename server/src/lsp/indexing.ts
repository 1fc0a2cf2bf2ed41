import type { Connection } from 'vscode-languageserver/node';
import type { LoadedWorkspace } from '../node/corpora';
import { IndexingNotification } from '../protocol';

/** Documents analysed between two looks at the message queue, so requests are answered while indexing. */
const CHUNK = 50;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Analyses every document of the corpora, then their corpus-wide rules, reporting `window/workDoneProgress`
 * where the client supports it. Cancelling the progress stops the eager work; documents are then analysed
 * when first asked about.
 */
export async function indexCorpora(connection: Connection, corpora: readonly LoadedWorkspace[]): Promise<void> {
  const total = corpora.reduce((sum, { workspace }) => sum + workspace.files().length, 0);
  if (total === 0) return;
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Corpus Lint: indexing', 0, `0 of ${total} documents`, true);
  let done = 0;
  const tell = () => void connection.sendNotification(IndexingNotification.type, { done, total });
  tell();
  try {
    for (const { workspace } of corpora) {
      const files = workspace.files();
      for (let i = 0; i < files.length; i++) {
        workspace.document(files[i]);
        done++;
        if (done % CHUNK === 0) {
          progress.report(Math.floor((done / total) * 100), `${done} of ${total} documents`);
          tell();
          await nextTurn();
          if (progress.token.isCancellationRequested) return;
        }
      }
      progress.report(Math.floor((done / total) * 100), 'corpus-wide rules');
      await nextTurn();
      workspace.corpusWideDiagnostics();
    }
  } finally {
    done = total;
    tell();
    progress.done();
  }
}
