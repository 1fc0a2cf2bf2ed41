/**
 * An open workspace that saw a sequence of edits (documents, registry, corpus.yaml) must answer as a fresh
 * workspace opened on the final texts does: caches may save work, never change an answer.
 */
import assert from 'node:assert/strict';
import { definitionAt } from '../../server/src/service/features/definition';
import { hoverAt } from '../../server/src/service/features/hover';
import type { Position } from '../../server/src/service/types';
import { assertNothingLogged, openCorpus, type FuzzCorpus } from './corpus';

export type Edit = { kind: 'document'; file: string; text: string | undefined } | { kind: 'registry'; text: string | undefined } | { kind: 'config'; text: string };

function answers(workspace: ReturnType<typeof openCorpus>['workspace'], positions: readonly Position[]) {
  return workspace.files().map((file) => ({
    file,
    diagnostics: workspace.diagnostics(file),
    hovers: positions.map((p) => hoverAt(workspace, file, p)?.markdown),
    definitions: positions.map((p) => definitionAt(workspace, file, p)?.range),
    registryAndConfig: [...workspace.fileDiagnostics()],
    timeline: workspace.timeline(),
  }));
}

export function checkIncremental(start: FuzzCorpus, edits: readonly Edit[], positions: readonly Position[]): void {
  const open = openCorpus(start);
  const final: FuzzCorpus = { ...start, documents: { ...start.documents } };
  for (const edit of edits) {
    // Asking between edits fills the caches that the next edit must invalidate.
    open.workspace.diagnostics(Object.keys(final.documents)[0] ?? 'none.md');
    open.workspace.timeline();
    if (edit.kind === 'document') {
      if (edit.text === undefined) {
        open.workspace.removeDocument(edit.file);
        delete final.documents[edit.file];
      } else {
        open.workspace.setDocument(edit.file, edit.text);
        final.documents[edit.file] = edit.text;
      }
    } else if (edit.kind === 'registry') {
      open.workspace.setRegistry('actors.yaml', edit.text);
      final.registry = edit.text;
    } else {
      open.workspace.setConfig(edit.text);
      final.config = edit.text;
    }
  }
  const fresh = openCorpus(final);
  assert.deepEqual(answers(open.workspace, positions), answers(fresh.workspace, positions));
  assertNothingLogged(open.logged);
  assertNothingLogged(fresh.logged);
}
