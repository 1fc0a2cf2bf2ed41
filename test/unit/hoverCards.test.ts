import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/service/features/hover';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import { CONFIG, REGISTRY, TODAY, frontMatter } from './harness';

/** Line 8 declares the event, line 9 reports it, line 10 mentions the TTP. */
const A = `${frontMatter('', '[ttp]').replace('test-doc', 'doc-a')}
:event[Strikes in Paktika]{id=paktika-strikes date=2024-12-24 place=Paktika by=pakistan-army against=ttp}
Officials said :casualty[46 people]{killed=46 injured=~10 source="Taliban officials" event=paktika-strikes} died.
The TTP denied it.
`;
/** Line 8 reports the same event with other figures, line 9 has a casualty tag without an event. */
const B = `${frontMatter('', '[ttp]').replace('test-doc', 'doc-b')}
A monitor counted :casualty[40 to 52 killed]{killed=40-52 source=UNAMA event=paktika-strikes date=2024-12-24}.
Later :casualty[over 1,500 killed]{killed=1500+ injured=x by=ttp}, said no one.
Tehreek-e-Taliban Pakistan fighters were seen.
`;
const C = `${frontMatter().replace('test-doc', 'doc-c')}\nNothing about anyone.\n`;

function corpus(config = CONFIG): CorpusWorkspace {
  const workspace = new CorpusWorkspace({ configSource: config, readRegistry: () => REGISTRY, today: TODAY });
  workspace.setDocument('a.md', A);
  workspace.setDocument('b.md', B);
  workspace.setDocument('c.md', C);
  return workspace;
}

const lines = (markdown: string | undefined) => markdown?.split('\n');

test('the actor card says how many documents mention the actor, and follows edits', () => {
  const workspace = corpus();
  const card = hoverAt(workspace, 'a.md', { line: 10, character: 6 });
  assert.deepEqual(lines(card?.markdown)?.slice(-2), ['', 'Mentioned in 2 documents']);
  assert.deepEqual(card?.range, { start: { line: 10, character: 4 }, end: { line: 10, character: 7 } });
  workspace.setDocument('c.md', C.replace('Nothing about anyone.', 'The TTP again.'));
  assert.deepEqual(lines(hoverAt(workspace, 'a.md', { line: 10, character: 6 })?.markdown)?.slice(-1), ['Mentioned in 3 documents']);
  assert.deepEqual(lines(hoverAt(workspace, 'a.md', { line: 8, character: 80 })?.markdown)?.slice(-1), ['Mentioned in 1 document']);
});

test('a :casualty tag shows its counts, its source, and every report of its event with low and high', () => {
  const card = hoverAt(corpus(), 'a.md', { line: 9, character: 20 });
  assert.deepEqual(card?.range, { start: { line: 9, character: 15 }, end: { line: 9, character: 107 } });
  assert.deepEqual(lines(card?.markdown), [
    '**:casualty** 46 people',
    '',
    '- killed: **46**',
    '- injured: **~10** (about 10)',
    '',
    'Source: Taliban officials',
    '',
    '**Event `paktika-strikes`** · 2 casualty reports in 2 documents',
    '',
    '| | low | high | |',
    '|---|---|---|---|',
    '| killed | 40 | 52 | reports differ |',
    '| injured | 10 | 10 | reports agree |',
    '',
    '- killed 46 · injured ~10 · Taliban officials — `doc-a` (a\\.md, line 10) · *this tag*',
    '- killed 40–52 · UNAMA — `doc-b` (b\\.md, line 9)',
  ]);
});

test('a :casualty tag without an event shows its own figures, open-ended and invalid counts included', () => {
  const card = hoverAt(corpus(), 'b.md', { line: 9, character: 10 });
  assert.deepEqual(lines(card?.markdown), [
    '**:casualty** over 1,500 killed',
    '',
    '- killed: **1,500+** (at least 1,500)',
    '- injured: `x` is not a count',
    '',
    '*No source given.*',
    '',
    'By Tehreek\\-e\\-Taliban Pakistan',
  ]);
});

test('an actor id inside a tag shows the actor, not the tag', () => {
  assert.match(hoverAt(corpus(), 'b.md', { line: 9, character: 62 })?.markdown ?? '', /^\*\*Tehreek/);
});

test('an :event tag shows its facts and its reports across the corpus', () => {
  const card = hoverAt(corpus(), 'a.md', { line: 8, character: 3 });
  assert.deepEqual(lines(card?.markdown)?.slice(0, 6), [
    '**:event** Strikes in Paktika',
    '',
    'Date 2024\\-12\\-24 · Place Paktika · By Pakistan Army · Against Tehreek\\-e\\-Taliban Pakistan',
    '',
    '**Event `paktika-strikes`** · 2 casualty reports in 2 documents',
    '',
  ]);
  assert.equal(lines(card?.markdown)?.filter((line) => line.startsWith('- killed')).length, 2);
  const alone = corpus();
  alone.setDocument('c.md', `${C}\n:event[Quiet day]{id=quiet date=2024-12-01}\n:event[Quiet again]{id=quiet date=2024-12-01}\n`);
  assert.deepEqual(lines(hoverAt(alone, 'c.md', { line: 10, character: 3 })?.markdown)?.slice(-3), [
    'No :casualty tag names this event yet (`event=quiet`).',
    '',
    'Also declared in: `doc-c` (line 12)',
  ]);
});

test('a front-matter key shows what the field means and what it allows', () => {
  const published = hoverAt(corpus(), 'a.md', { line: 3, character: 2 });
  assert.deepEqual(lines(published?.markdown), [
    '**`published`** · date · required',
    '',
    'The day the article was published; it places the document on the timeline.',
    '',
    'Allowed: `YYYY-MM-DD`, a real calendar date, not after today; quoted or not.',
  ]);
  assert.deepEqual(published?.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } });
  assert.equal(hoverAt(corpus(), 'a.md', { line: 3, character: 12 }), undefined);
});

test('a field corpus.yaml declares, and one nobody declares', () => {
  const config = `${CONFIG}frontMatter:\n  fields:\n    region: { type: enum, values: [south-asia, central-asia] }\n`;
  const workspace = corpus(config);
  workspace.setDocument('c.md', C.replace('---\n\n', 'region: south-asia\nsection: world\nconstructor: x\n---\n\n'));
  assert.deepEqual(lines(hoverAt(workspace, 'c.md', { line: 6, character: 1 })?.markdown), [
    '**`region`** · enum · optional · declared in corpus.yaml',
    '',
    'A field this corpus declares in corpus.yaml (`frontMatter.fields`).',
    '',
    'Allowed: One of `south-asia`, `central-asia`.',
  ]);
  assert.match(hoverAt(workspace, 'c.md', { line: 7, character: 1 })?.markdown ?? '', /not in the schema/);
  assert.match(hoverAt(workspace, 'c.md', { line: 8, character: 1 })?.markdown ?? '', /^\*\*`constructor`\*\* · not in the schema/);
});

test('nothing to show in plain text, outside the text, or for a file the corpus does not have', () => {
  assert.equal(hoverAt(corpus(), 'c.md', { line: 8, character: 3 }), undefined);
  assert.equal(hoverAt(corpus(), 'c.md', { line: 80, character: 3 }), undefined);
  assert.equal(hoverAt(corpus(), 'missing.md', { line: 0, character: 0 }), undefined);
});

test('the reports follow edits and removals of other documents, in corpus order', () => {
  const workspace = corpus();
  assert.ok(hoverAt(workspace, 'a.md', { line: 9, character: 20 }));
  workspace.setDocument('b.md', B.replace('killed=40-52', 'killed=60'));
  workspace.setDocument('0.md', B.replace('doc-b', 'doc-0').replace('killed=40-52', 'killed=30'));
  const edited = lines(hoverAt(workspace, 'a.md', { line: 9, character: 20 })?.markdown);
  assert.ok(edited?.includes('| killed | 30 | 60 | reports differ |'));
  assert.deepEqual(edited?.filter((line) => line.includes(' — `')).map((line) => /`(doc-.)`/.exec(line)?.[1]), ['doc-0', 'doc-a', 'doc-b']);
  workspace.removeDocument('b.md');
  workspace.removeDocument('0.md');
  assert.ok(lines(hoverAt(workspace, 'a.md', { line: 9, character: 20 })?.markdown)?.includes('**Event `paktika-strikes`** · 1 casualty report in 1 document'));
});
