import type { Corpora } from '../node/corpora';
import type { DiagnosticsRouter } from './diagnosticsRouter';

/** Takes files changed on disk (none of them open in the editor) into the corpora and re-checks what they affect. */
export function applyDiskChanges(corpora: Corpora, router: DiagnosticsRouter, changes: readonly { path: string; deleted: boolean }[]): void {
  for (const { path, deleted } of changes) {
    const change = corpora.applyDiskChange(path, deleted);
    if (!change) continue;
    switch (change.kind) {
      case 'corpus-added':
        void router.added(change.corpus);
        break;
      case 'corpus-removed':
        router.removed(change.corpus);
        break;
      case 'config':
      case 'registry':
        router.fileChanged(change.corpus);
        break;
      case 'document':
        router.fileChanged(change.corpus, change.file, change.removed);
        break;
    }
  }
}
