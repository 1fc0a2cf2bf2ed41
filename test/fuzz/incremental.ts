/**
 * An open workspace that saw a sequence of edits (documents, registry, corpus.yaml) must answer as a fresh
 * workspace opened on the final texts does: caches may save work, never change an answer. The open workspace
 * starts with analyses made elsewhere, as the language server's worker threads make them, and is first
 * asked about after the first edit, so that its corpus-wide index is built from summaries taken in before.
 */
import assert from 'node:assert/strict';
import { analyzeSource } from '../../server/src/node/analyzeFile';
import { definitionAt } from '../../server/src/service/features/definition';
import { hoverAt } from '../../server/src/service/features/hover';
import { ActorMatcher } from '../../server/src/service/parse/actorMatcher';
import type { Position } from '../../server/src/service/types';
import type { CorpusWorkspace } from '../../server/src/service/workspace';
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
  takeInAnalysesMadeElsewhere(open.workspace);
  const final: FuzzCorpus = { ...start, documents: { ...start.documents } };
  edits.forEach((edit, index) => {
    // Asking between edits fills the caches that the next edit must invalidate.
    if (index > 0) {
      open.workspace.diagnostics(Object.keys(final.documents)[0] ?? 'none.md');
      open.workspace.timeline();
    }
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
  });
  const fresh = openCorpus(final);
  assert.deepEqual(answers(open.workspace, positions), answers(fresh.workspace, positions));
  assertNothingLogged(open.logged);
  assertNothingLogged(fresh.logged);
}

function takeInAnalysesMadeElsewhere(workspace: CorpusWorkspace): void {
  const { config, registry, today, overrides } = workspace.analysisSetup();
  const env = { config, registry, today, matcher: new ActorMatcher(registry.entries) };
  for (const job of workspace.unanalyzed()) {
    assert.ok(workspace.accept(job, analyzeSource(job.file, job.source, env, { overrides: new Map(overrides), actors: true })), job.file);
  }
}
