import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completionDocumentation, completionsAt, type CompletionEntry } from '../../server/src/service/features/completion';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import { CONFIG, REGISTRY, TODAY, frontMatter } from './harness';

const OTHER_DOC = `${frontMatter().replace('test-doc', 'other-doc')}
:event[Strikes in Paktika]{id=paktika-strikes date=2024-12-24}
Officials said :casualty[46 people]{killed=46 source="Taliban officials" event=paktika-strikes place=Paktika} died.
A later count gave :casualty[51 dead]{killed=51 source="Taliban officials" event=border-clash}.
`;

function workspace(config = CONFIG): CorpusWorkspace {
  const corpus = new CorpusWorkspace({ configSource: config, readRegistry: () => REGISTRY, today: TODAY });
  corpus.setDocument('other.md', OTHER_DOC);
  return corpus;
}

/** Completes at the `|` in `marked`, which becomes the text of `doc.md`; also returns the text up to the cursor's line. */
function complete(marked: string, corpus = workspace()): { items: CompletionEntry[]; line: number; character: number } {
  const at = marked.indexOf('|');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  corpus.setDocument('doc.md', text);
  const before = text.slice(0, at).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  return { items: completionsAt(corpus, 'doc.md', position), ...position };
}

const labels = (items: readonly CompletionEntry[]) => items.map((item) => item.label);
const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const ALL_ACTORS = ['ttp', 'afghan-taliban', 'pakistan-army', 'abdul-qayyum-zakir'];
const BODY = '\nSome text.\n';

test('front-matter `actors` written [a, b] offers the ids not listed yet, replacing the partial id', () => {
  const corpus = workspace();
  const empty = complete(`${frontMatter('', '[ttp, |]')}${BODY}`, corpus);
  assert.deepEqual(labels(empty.items), ['afghan-taliban', 'pakistan-army', 'abdul-qayyum-zakir']);
  assert.deepEqual(empty.items[0].range, range(empty.line, empty.character, empty.character));
  assert.equal(empty.items[0].detail, 'Afghan Taliban · armed group');
  assert.equal(empty.items[0].actor, 'afghan-taliban');
  assert.equal(empty.items[0].documentation, undefined, 'the card is made when asked for');
  assert.match(completionDocumentation(corpus, empty.items[0]) ?? '', /\*\*Afghan Taliban\*\* `afghan-taliban`/);
  assert.equal(completionDocumentation(corpus, { actor: 'no-such-actor' }), undefined);
  assert.equal(empty.items[0].kind, 'actor');

  const partial = complete(`${frontMatter('', '[afg|, ttp]')}${BODY}`);
  assert.deepEqual(labels(partial.items), ['afghan-taliban', 'pakistan-army', 'abdul-qayyum-zakir']);
  assert.deepEqual(partial.items[0].range, range(partial.line, 9, 12));
  assert.equal(partial.items[0].newText, 'afghan-taliban');
});

test('front-matter `actors` written as - lines offers ids on a new item line', () => {
  const doc = `---\nid: test-doc\nactors:\n  - pakistan-army\n  - |\ntitle: T\n---\n${BODY}`;
  const { items } = complete(doc);
  assert.deepEqual(labels(items), ['ttp', 'afghan-taliban', 'abdul-qayyum-zakir']);
  assert.deepEqual(labels(complete(doc.replace('  - |', '  -|')).items), []);
});

test('an empty `actors:` value gets the id in a new list', () => {
  const { items } = complete('---\nid: test-doc\nactors: |\n---\n');
  assert.deepEqual(labels(items), ALL_ACTORS);
  assert.equal(items[0].newText, '[ttp]');
  assert.equal(complete('---\nid: test-doc\nactors:|\n---\n').items[0].newText, ' [ttp]');
});

test('front-matter keys not written yet, with their meaning, required ones first', () => {
  const { items, line } = complete(`---\nid: test-doc\ntitle: T\n|\n---\n`);
  assert.deepEqual(labels(items), ['published', 'source', 'author', 'url', 'language', 'retrieved', 'actors', 'duplicate_of', 'tags']);
  const published = items[0];
  assert.equal(published.detail, 'date · required');
  assert.equal(published.newText, 'published: ');
  assert.match(published.documentation ?? '', /Allowed: `YYYY-MM-DD`/);
  assert.deepEqual(published.range, range(line, 0, 0));
  assert.ok(published.sortText! < items[2].sortText!);
  assert.equal(items.find((item) => item.label === 'actors')?.snippet, 'actors: [$1]');

  const partial = complete(`---\nid: test-doc\nlang|: en\n---\n`);
  assert.equal(partial.items.find((item) => item.label === 'language')?.newText, 'language');
  assert.deepEqual(partial.items[0].range, range(2, 0, 4));
  assert.deepEqual(labels(complete('---\nid: test-doc\ntitle: T|\n---\n').items), []);
});

test('a field corpus.yaml declares is a key, and its enum values complete', () => {
  const config = `${CONFIG}frontMatter:\n  fields:\n    region: { type: enum, values: [south-asia, central-asia] }\n`;
  const keys = complete('---\nid: test-doc\n|\n---\n', workspace(config));
  const region = keys.items.find((item) => item.label === 'region');
  assert.equal(region?.detail, 'enum');
  assert.match(region?.documentation ?? '', /`south-asia`, `central-asia`/);
  const values = complete('---\nid: test-doc\nregion: s|\n---\n', workspace(config));
  assert.deepEqual(labels(values.items), ['south-asia', 'central-asia']);
  assert.deepEqual(values.items[0].range, range(2, 8, 9));
});

test('`duplicate_of` offers the ids of the other documents', () => {
  const { items } = complete(`${frontMatter('duplicate_of: |\n')}${BODY}`);
  assert.deepEqual(items.map((item) => [item.label, item.detail]), [['other-doc', 'other.md']]);
});

test('by= and against= offer actor ids, leaving out those the list already has', () => {
  const by = complete(`${frontMatter()}\nA :casualty[46 people]{killed=46 by=ttp,|}.\n`);
  assert.deepEqual(labels(by.items), ['afghan-taliban', 'pakistan-army', 'abdul-qayyum-zakir']);
  assert.deepEqual(by.items[0].range, range(by.line, by.character, by.character));
  const against = complete(`${frontMatter()}\n:event[Raid]{id=raid date=2024-12-01 against=pak|ist by=ttp}\n`);
  assert.deepEqual(labels(against.items), ALL_ACTORS);
  assert.deepEqual(against.items[0].range, range(against.line, against.character - 3, against.character + 3));
});

test('id= of an :actor tag offers every actor id', () => {
  const { items } = complete(`${frontMatter()}\nThen :actor[the group]{id=|} struck.\n`);
  assert.deepEqual(labels(items), ALL_ACTORS);
});

test('after `:` where a tag may start, the tag names; with a snippet unless the label is there', () => {
  const fresh = complete(`${frontMatter()}\nThe strike killed :|\n`);
  assert.deepEqual(labels(fresh.items), ['casualty', 'event', 'actor']);
  assert.equal(fresh.items[0].snippet, 'casualty[${1:label}]{killed=${2} source="${3}"}');
  assert.equal(fresh.items[0].newText, 'casualty[]');
  const renamed = complete(`${frontMatter()}\nThe strike killed :cas|[46 people]{killed=46}\n`);
  assert.deepEqual(renamed.items[0].range, range(renamed.line, renamed.character - 3, renamed.character));
  assert.equal(renamed.items[0].newText, 'casualty');
  assert.equal(renamed.items[0].snippet, undefined);
});

test('no tag names after a colon that cannot start a tag', () => {
  for (const body of ['At 10:|', 'Note:|', 'In code `a :|` here', 'Escaped \\:|', '    indented :|']) {
    assert.deepEqual(labels(complete(`${frontMatter()}\n${body}\n`).items), [], body);
  }
});

test('attribute names inside {...}: those not given yet, the required ones first', () => {
  const casualty = complete(`${frontMatter()}\nA :casualty[46 people]{killed=46 |}.\n`);
  assert.deepEqual(labels(casualty.items), ['injured', 'missing', 'source', 'date', 'event', 'by', 'against', 'place']);
  const source = casualty.items.find((item) => item.label === 'source')!;
  assert.deepEqual([source.newText, source.snippet, source.kind], ['source=""', 'source="$1"', 'attribute']);
  const event = complete(`${frontMatter()}\n:event[Raid]{|}\n`);
  assert.deepEqual(labels(event.items), ['id', 'date', 'by', 'against', 'place']);
  assert.equal(event.items[0].detail, 'new event id · required');
});

test('attribute names complete in a list still being typed, and a key with a value is renamed alone', () => {
  const open = complete(`${frontMatter()}\nA :casualty[46 people]{killed=46 so|\n`);
  assert.deepEqual(labels(open.items), ['injured', 'missing', 'source', 'date', 'event', 'by', 'against', 'place']);
  assert.deepEqual(open.items[0].range, range(open.line, open.character - 2, open.character));
  const renaming = complete(`${frontMatter()}\nA :casualty[46 people]{kil|=46}\n`);
  assert.equal(renaming.items.find((item) => item.label === 'killed')?.newText, 'killed');
  assert.deepEqual(labels(complete(`${frontMatter()}\nA :event[Raid]{|\nNext line.\n`).items), ['id', 'date', 'by', 'against', 'place']);
  assert.deepEqual(labels(complete(`${frontMatter()}\nA :casualty[9 dead]{killed=9 event=|\n`).items), ['paktika-strikes', 'border-clash']);
  assert.deepEqual(labels(complete(`${frontMatter()}\nA :unknown[x]{|}\n`).items), []);
});

test('event= offers the event ids of the corpus, declared ones first', () => {
  const { items } = complete(`${frontMatter()}\nA :casualty[40 killed]{killed=40 event=|}\n`);
  assert.deepEqual(
    items.map((item) => [item.label, item.kind, item.detail, item.documentation]),
    [
      ['paktika-strikes', 'event', 'Strikes in Paktika · 2024-12-24', '1 casualty report in 1 document'],
      ['border-clash', 'event', 'not declared by an :event tag', '1 casualty report in 1 document'],
    ],
  );
  assert.ok(items[0].sortText! < items[1].sortText!);
  assert.deepEqual(labels(complete(`${frontMatter()}\n:event[Clash]{id=|}\n`).items), ['border-clash']);
});

test('counts are read from the label, sources and places from the corpus, quoted when they need it', () => {
  assert.deepEqual(labels(complete(`${frontMatter()}\nA :casualty[over 1,500 killed]{killed=|}\n`).items), ['1500+']);
  assert.deepEqual(labels(complete(`${frontMatter()}\nA :casualty[12 soldiers and 3 civilians in 2 raids]{killed=|}\n`).items), ['15', '12', '3']);
  assert.deepEqual(labels(complete(`${frontMatter()}\nA :casualty[46 people, including 10 children]{killed=|}\n`).items), ['46']);
  const bare = complete(`${frontMatter()}\nA :casualty[9 dead]{killed=9 source=|}\n`);
  assert.deepEqual(bare.items.map((item) => [item.label, item.newText, item.detail]), [['Taliban officials', '"Taliban officials"', 'given in 2 tags']]);
  const quoted = complete(`${frontMatter()}\nA :casualty[9 dead]{killed=9 source="Tal|"}\n`);
  assert.deepEqual(quoted.items.map((item) => [item.newText, item.range]), [['Taliban officials', range(quoted.line, quoted.character - 3, quoted.character)]]);
  assert.deepEqual(labels(complete(`${frontMatter()}\nA :casualty[9 dead]{killed=9 place=|}\n`).items), ['Paktika']);
  assert.deepEqual(labels(complete(`${frontMatter()}\nA :casualty[9 dead]{killed=9 date=|}\n`).items), ['2024-12-26']);
});

test('nothing in plain text, outside the text, or for a file the corpus does not have', () => {
  const corpus = workspace();
  corpus.setDocument('doc.md', `${frontMatter()}\nPlain text.\n`);
  assert.deepEqual(completionsAt(corpus, 'doc.md', { line: 8, character: 3 }), []);
  assert.deepEqual(completionsAt(corpus, 'doc.md', { line: 8, character: 40 }), []);
  assert.deepEqual(completionsAt(corpus, 'doc.md', { line: 99, character: 0 }), []);
  assert.deepEqual(completionsAt(corpus, 'doc.md', { line: -1, character: 0 }), []);
  assert.deepEqual(completionsAt(corpus, 'missing.md', { line: 0, character: 0 }), []);
});
