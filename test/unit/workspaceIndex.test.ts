/**
 * What the workspace keeps of every document: diagnostics, summary and actor places, with parse trees only
 * for the documents used last, and analyses made elsewhere (worker threads) taken in only while current.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { analyzeSource } from '../../server/src/node/analyzeFile';
import { packResults, unpackResults } from '../../server/src/node/workerResults';
import { setupCorpus } from '../../server/src/service/corpus';
import { fixAll } from '../../server/src/service/features/fixAll';
import { documentsMentioning } from '../../server/src/service/features/hover/mentionCounts';
import { actorOccurrences } from '../../server/src/service/features/references';
import { bodyMentions } from '../../server/src/service/rules/actor/references';
import type { SeveritySetting } from '../../server/src/service/types';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import { CONFIG, REGISTRY, TODAY } from './harness';
import { sampleDocuments } from './sampleCorpus';

const ACTORS = ['ttp', 'afghan-taliban', 'pakistan-army', 'abdul-qayyum-zakir', 'no-such-actor'];
/** More documents than the workspace keeps parse trees of. */
const DOCUMENTS = sampleDocuments(150);

function workspaceOf(documents: Record<string, string>, registry = REGISTRY): CorpusWorkspace {
  const workspace = new CorpusWorkspace({ configSource: CONFIG, readRegistry: () => registry, today: TODAY });
  for (const [file, text] of Object.entries(documents)) workspace.setDocument(file, text);
  return workspace;
}

/** Each document alone in a workspace of its own, so that its parse tree is never dropped. */
const alone = Object.entries(DOCUMENTS).map(([file, text]) => ({ file, workspace: workspaceOf({ [file]: text }) }));

test('references and mention counts are the same whether or not parse trees were dropped and made again', () => {
  const many = workspaceOf(DOCUMENTS);
  // Analysing every document drops most parse trees; asking about each document again parses it again.
  for (const file of many.files()) many.diagnostics(file);
  for (const file of many.files().reverse()) many.context(file);
  for (const id of ACTORS) {
    const expected = alone.flatMap(({ workspace }) => actorOccurrences(workspace, id, false));
    assert.ok(expected.length > 0, `the sample corpus names ${id}`);
    assert.deepEqual(actorOccurrences(many, id, false), expected, id);
    const mentioning = alone.filter(({ workspace, file }) => bodyMentions(workspace.context(file)!).has(id)).length;
    assert.equal(documentsMentioning(many, id), mentioning, id);
  }
});

test('analyses made elsewhere, as a worker thread makes them, answer as analyses made in the workspace', () => {
  const here = workspaceOf(DOCUMENTS);
  const elsewhere = workspaceOf(DOCUMENTS);
  const overrides = new Map<string, SeveritySetting>([['casualty/untagged', 'off'], ['actor/variant', 'error']]);
  here.setOverrides(overrides);
  elsewhere.setOverrides(overrides);
  const { config, registry, today } = elsewhere.analysisSetup();
  const env = setupCorpus(CONFIG, () => REGISTRY, today).env;
  assert.deepEqual(env.config, config);
  assert.deepEqual(env.registry, registry);
  const jobs = elsewhere.unanalyzed();
  assert.equal(jobs.length, Object.keys(DOCUMENTS).length);
  const results = unpackResults(structuredClone(packResults(jobs.map((job) => analyzeSource(job.file, job.source, env, { overrides, actors: true })))));
  jobs.forEach((job, index) => assert.equal(elsewhere.accept(job, results[index]), true));
  assert.deepEqual(elsewhere.unanalyzed(), []);
  for (const file of here.files()) assert.deepEqual(elsewhere.diagnostics(file), here.diagnostics(file), file);
  for (const id of ACTORS) {
    assert.deepEqual(actorOccurrences(elsewhere, id, true), actorOccurrences(here, id, true), id);
    assert.equal(documentsMentioning(elsewhere, id), documentsMentioning(here, id), id);
  }
  assert.deepEqual(elsewhere.timeline(), here.timeline());
});

test('analyses taken in before the corpus-wide rules first run answer for the documents as they are when they run', () => {
  const workspace = workspaceOf(DOCUMENTS);
  const { env } = setupCorpus(CONFIG, () => REGISTRY, TODAY);
  for (const job of workspace.unanalyzed()) assert.equal(workspace.accept(job, analyzeSource(job.file, job.source, env, { actors: true })), true);
  // Taken in with their old texts: `copy` becomes a second copy of `original`, `moved` a copy of `gone`, and `gone` leaves.
  const [copy, original, moved, gone] = workspace.files();
  workspace.setDocument(copy, DOCUMENTS[original]);
  workspace.setDocument(moved, DOCUMENTS[gone]);
  workspace.removeDocument(gone);

  const { [gone]: _, ...remaining } = DOCUMENTS;
  const fresh = workspaceOf({ ...remaining, [copy]: DOCUMENTS[original], [moved]: DOCUMENTS[gone] });
  const rulesOn = (file: string) => new Set(fresh.diagnostics(file).map((diagnostic) => diagnostic.rule));
  assert.ok(rulesOn(copy).has('corpus/duplicate-id') && rulesOn(copy).has('corpus/near-duplicate'), 'the copy is reported');
  assert.ok(!rulesOn(moved).has('corpus/duplicate-id'), 'the document that left is no duplicate');
  for (const file of fresh.files()) assert.deepEqual(workspace.diagnostics(file), fresh.diagnostics(file), file);
});

test('near-duplicate partners come oldest first in the workspace too, before and after an edit', () => {
  const story = Array.from({ length: 12 }, (_, i) => `Paragraph ${i}: the crossing at Torkham stayed shut for day ${i + 1} while traders waited with their trucks.`).join('\n\n');
  const copy = (id: string, published: string) => `---\nid: ${id}\ntitle: T\npublished: ${published}\nsource: S\n---\n\n${story}\n`;
  const workspace = workspaceOf({ 'a-reprint.md': copy('reprint', '2024-01-02'), 'b-copy.md': copy('copy', '2024-01-03'), 'c-original.md': copy('original', '2024-01-01') });
  const partners = (file: string) =>
    workspace
      .diagnostics(file)
      .filter((d) => d.rule === 'corpus/near-duplicate')
      .map((d) => [d.related![0].file, d.fix?.title]);
  assert.deepEqual(partners('b-copy.md'), [
    ['c-original.md', 'Mark as duplicate_of `original`'],
    ['a-reprint.md', 'Mark as duplicate_of `reprint`'],
  ]);
  workspace.setDocument('a-reprint.md', copy('reprint', '2023-12-31'));
  assert.deepEqual(partners('b-copy.md'), [
    ['a-reprint.md', 'Mark as duplicate_of `reprint`'],
    ['c-original.md', 'Mark as duplicate_of `original`'],
  ]);
  assert.deepEqual(partners('c-original.md'), [
    ['a-reprint.md', 'Mark as duplicate_of `reprint`'],
    ['b-copy.md', undefined],
  ]);
  const { edits } = fixAll(workspace, 'b-copy.md', 'corpus/near-duplicate');
  assert.deepEqual(
    edits.map((edit) => edit.newText),
    ['duplicate_of: reprint\n'],
  );
});

test('an analysis made for an older text, configuration or registry is not taken in', () => {
  const [first, second, third] = Object.keys(DOCUMENTS);
  const documents = { [first]: DOCUMENTS[first], [second]: DOCUMENTS[second], [third]: DOCUMENTS[third] };
  const workspace = workspaceOf(documents);
  const [firstJob, secondJob, thirdJob] = workspace.unanalyzed();
  const { env } = setupCorpus(CONFIG, () => REGISTRY, TODAY);
  const analysisOf = (file: string) => analyzeSource(file, { text: documents[file], bom: false, eol: '\n' }, env, { actors: true });
  // The document changed while its job was out: the result is for the old text.
  const edited = `${DOCUMENTS[first]}\nThe Pakistani Taliban said more.\n`;
  workspace.setDocument(first, edited);
  assert.equal(workspace.accept(firstJob, analysisOf(first)), false);
  // Analysed in the workspace meanwhile: the result from elsewhere is not needed.
  workspace.analyze(second);
  assert.equal(workspace.accept(secondJob, analysisOf(second)), false);
  // A new configuration (as a new registry or new editor settings) makes every earlier job stale.
  const config = `${CONFIG}rules:\n  actor/not-listed: off\n`;
  workspace.setConfig(config);
  assert.equal(workspace.accept(thirdJob, analysisOf(third)), false);
  assert.ok(analysisOf(third).diagnostics.some((diagnostic) => diagnostic.rule === 'actor/not-listed'), 'the stale analysis differs');

  const fresh = new CorpusWorkspace({ configSource: config, readRegistry: () => REGISTRY, today: TODAY });
  for (const [file, text] of Object.entries({ ...documents, [first]: edited })) fresh.setDocument(file, text);
  for (const file of fresh.files()) assert.deepEqual(workspace.diagnostics(file), fresh.diagnostics(file), file);
});

test('rehearsing a document analyses it without keeping the analysis: the document is still to be analysed', () => {
  const workspace = workspaceOf(DOCUMENTS);
  const [first] = workspace.files();
  const before = workspace.unanalyzed().map((job) => job.file);
  workspace.rehearse(first);
  assert.deepEqual(workspace.unanalyzed().map((job) => job.file), before);
  assert.ok(before.includes(first));
});

test('mention counts kept up to date through edits, removals, registry reloads and long bursts equal counts made afresh', () => {
  const documents = Object.fromEntries(Object.entries(DOCUMENTS).slice(0, 30));
  const files = Object.keys(documents);
  const texts = [...Object.values(documents), '---\nid: plain\n---\nNo actor is named here.\n'];
  const change = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), file: fc.constantFrom(...files, 'articles/new.md'), text: fc.constantFrom(...texts) }),
    fc.record({ kind: fc.constant('remove' as const), file: fc.constantFrom(...files) }),
    fc.record({ kind: fc.constant('registry' as const) }),
    // More changes than the workspace logs: the counts are then made again from every document.
    fc.record({ kind: fc.constant('burst' as const), file: fc.constantFrom(...files) }),
  );
  fc.assert(
    fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (changes) => {
      const workspace = workspaceOf(documents);
      const current: Record<string, string> = { ...documents };
      // A registry without TTP's short name and alias: documents that named TTP only so no longer mention it.
      const registries = [REGISTRY, REGISTRY.replace('  short: TTP\n', '').replace('  aliases: [Pakistani Taliban]\n', '')];
      let registry = registries[0];
      for (const id of ACTORS) documentsMentioning(workspace, id);
      for (const step of changes) {
        if (step.kind === 'set') {
          workspace.setDocument(step.file, step.text);
          current[step.file] = step.text;
        } else if (step.kind === 'remove') {
          workspace.removeDocument(step.file);
          delete current[step.file];
        } else if (step.kind === 'registry') {
          registry = registry === registries[0] ? registries[1] : registries[0];
          workspace.setRegistry(workspace.config.actors, registry);
        } else {
          const text = current[step.file] ?? texts[0];
          for (let i = 0; i < 200; i++) workspace.setDocument(step.file, i % 2 === 0 ? texts.at(-1)! : text);
          current[step.file] = text;
        }
        const fresh = workspaceOf(current, registry);
        for (const id of ACTORS) assert.equal(documentsMentioning(workspace, id), documentsMentioning(fresh, id), `${id} after ${JSON.stringify(step)}`);
      }
    }),
    { numRuns: 25 },
  );
});
