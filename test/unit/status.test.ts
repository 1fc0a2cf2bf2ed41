import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusCounts } from '../../server/src/service/features/status';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import { countProblems, statusText, statusTooltip } from '../../client/src/statusText';
import { REGISTRY, TODAY, frontMatter } from './harness';

function workspace(config: string, registry = REGISTRY): CorpusWorkspace {
  return new CorpusWorkspace({ configSource: config, readRegistry: () => registry, today: TODAY });
}

test('a corpus is counted whole: every document, corpus.yaml and the registry', () => {
  const corpus = workspace('name: Border desk\nrules:\n  actor/varient: error\n');
  corpus.setDocument('clean.md', `${frontMatter()}\nA quiet day.\n`);
  corpus.setDocument('variant.md', `${frontMatter().replace('test-doc', 'variant-doc')}\nThe Tehreek e Taliban Pakistan spoke.\n`);
  corpus.setDocument('bare.md', 'No front-matter at all.\n');
  const counts = corpusCounts(corpus);
  // bare.md has no front-matter (error), corpus.yaml names an unknown rule (error);
  // variant.md has a variant (warning) and an actor not listed (info, not counted).
  assert.deepEqual(counts, { name: 'Border desk', documents: 3, errors: 2, warnings: 1 });
});

test('severities set in corpus.yaml move diagnostics between the counts', () => {
  const corpus = workspace('name: Strict desk\nrules:\n  actor/variant: error\n');
  corpus.setDocument('variant.md', `${frontMatter()}\nThe Tehreek e Taliban Pakistan spoke.\n`);
  assert.deepEqual(corpusCounts(corpus), { name: 'Strict desk', documents: 1, errors: 1, warnings: 0 });
});

test('the status bar counts the errors and warnings shown for files inside the corpora only', () => {
  const shown = countProblems(['/work/desk'], [
    { path: '/work/desk/a.md', severities: [0, 1, 1, 2, 3] },
    { path: '/work/desk/actors.yaml', severities: [0] },
    { path: '/work/desktop/a.md', severities: [0, 0] },
    { path: '/elsewhere/b.md', severities: [1] },
  ]);
  assert.deepEqual(shown, { errors: 2, warnings: 2 });
});

test('the status bar names one corpus, or says how many there are', () => {
  const desk = { name: 'Border desk', root: 'file:///work/desk', documents: 12, errors: 3, warnings: 1 };
  assert.equal(statusText([desk], { errors: 2, warnings: 1 }), '$(book) Border desk  $(file) 12  $(error) 2  $(warning) 1');
  const other = { ...desk, name: 'Other', documents: 1 };
  assert.equal(statusText([desk, other], { errors: 0, warnings: 0 }), '$(book) 2 corpora  $(file) 13  $(error) 0  $(warning) 0');
  assert.match(statusTooltip([{ ...desk, name: 'A *bold* name' }], { errors: 1, warnings: 0 }), /\*\*A \\\*bold\\\* name\*\*: 12 documents, 3 errors and 1 warning in all/);
});
