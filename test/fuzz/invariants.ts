/** Properties every corpus must satisfy, whatever its content: checked ranges, no logged failure, working features. */
import { quickFixes } from '../../server/src/service/features/codeActions';
import { definitionAt } from '../../server/src/service/features/definition';
import { hoverAt } from '../../server/src/service/features/hover';
import { timelineJson } from '../../server/src/service/features/timeline';
import type { Diagnostic } from '../../server/src/service/types';
import { assertNothingLogged, openCorpus, type FuzzCorpus } from './corpus';
import { lineStarts, rangeProblem } from './lines';
import { stats } from './stats';

export function assertInside(text: string, diagnostics: readonly Diagnostic[], where: string): void {
  const starts = lineStarts(text);
  for (const diagnostic of diagnostics) {
    const problem = rangeProblem(text, starts, diagnostic.range);
    if (problem) throw new Error(`${where}: ${diagnostic.rule} has a bad range (${problem}): ${JSON.stringify(diagnostic.range)}`);
    for (const edit of diagnostic.fix?.edits ?? []) {
      const editProblem = rangeProblem(text, starts, edit.range);
      if (editProblem) throw new Error(`${where}: the fix of ${diagnostic.rule} has a bad edit (${editProblem}): ${JSON.stringify(edit.range)}`);
    }
  }
}

/** Lints the corpus, asks every feature about each diagnostic's place, and checks every range. */
export function checkCorpus(corpus: FuzzCorpus): void {
  const { workspace, logged } = openCorpus(corpus);
  stats.corpora++;
  const texts = new Map<string, string>(Object.entries(corpus.documents));
  texts.set('corpus.yaml', corpus.config);
  if (corpus.registry !== undefined) texts.set(workspace.config.actors, corpus.registry);
  for (const [file, diagnostics] of workspace.fileDiagnostics()) {
    assertInside(texts.get(file) ?? '', diagnostics, file);
    for (const diagnostic of diagnostics) stats.rulesSeen.add(diagnostic.rule);
  }
  for (const file of workspace.files()) {
    const diagnostics = workspace.diagnostics(file);
    assertInside(texts.get(file)!, diagnostics, file);
    stats.diagnostics += diagnostics.length;
    for (const diagnostic of diagnostics) stats.rulesSeen.add(diagnostic.rule);
    for (const diagnostic of diagnostics) {
      for (const related of diagnostic.related ?? []) {
        const problem = texts.has(related.file) ? rangeProblem(texts.get(related.file)!, lineStarts(texts.get(related.file)!), related.range) : `unknown file ${related.file}`;
        if (problem) throw new Error(`${file}: ${diagnostic.rule} has a bad related location (${problem})`);
      }
      hoverAt(workspace, file, diagnostic.range.start);
      const definition = definitionAt(workspace, file, diagnostic.range.end);
      if (definition) {
        const target = texts.get(definition.file);
        const problem = target === undefined ? `unknown file ${definition.file}` : rangeProblem(target, lineStarts(target), definition.range);
        if (problem) throw new Error(`${file}: a definition points outside ${definition.file} (${problem})`);
      }
      quickFixes(workspace, file, diagnostic.range);
    }
  }
  timelineJson(workspace);
  assertNothingLogged(logged);
}
