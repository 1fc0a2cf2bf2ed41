/** Completion and the richer hovers, asked of the bundled server over stdio. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Hover, type InitializeResult } from 'vscode-languageserver-protocol';
import { makeCorpus } from '../cli/run';
import { CONFIG, REGISTRY, frontMatter } from '../unit/harness';
import { LspClient } from './lspClient';

/** Line 5 is `actors: [ttp, ]`, line 7 is free for a new key, line 10 has a :casualty tag, line 11 an open tag. */
const OPENED = `${frontMatter('\n', '[ttp, ]').replace('test-doc', 'opened-doc')}
:event[Strikes in Paktika]{id=paktika-strikes date=2024-12-24}
Officials said :casualty[46 people]{killed=46 source="Taliban officials" event=paktika-strikes by=ttp} died.
Then :casualty[40 killed]{killed=40 event= by=ttp,}
`;
const ON_DISK = `${frontMatter().replace('test-doc', 'disk-doc')}
A monitor counted :casualty[40 to 52 killed]{killed=40-52 source=UNAMA event=paktika-strikes}.
:event[Border clash]{id=border-clash date=2024-11-02}
`;

const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, 'articles/opened.md': ON_DISK, 'articles/disk.md': ON_DISK });
const OPENED_URI = pathToFileURL(join(root, 'articles/opened.md')).href;
const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

let client: LspClient;
let version = 1;

before(async () => {
  client = new LspClient();
  const result: InitializeResult = await client.initialize([root], { textDocument: { completion: { completionItem: { snippetSupport: true } } } });
  assert.deepEqual(result.capabilities.completionProvider?.triggerCharacters?.slice(0, 5), [':', '=', '{', ' ', ',']);
  await client.connection.sendNotification('initialized', {});
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: OPENED_URI, languageId: 'markdown', version, text: OPENED } });
});

after(() => {
  client.kill();
  rmSync(root, { recursive: true, force: true });
});

async function complete(line: number, character: number, uri = OPENED_URI): Promise<CompletionItem[]> {
  const items: CompletionItem[] | null = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  return items ?? [];
}

async function hover(line: number, character: number): Promise<Hover | null> {
  return client.connection.sendRequest('textDocument/hover', { textDocument: { uri: OPENED_URI }, position: { line, character } });
}

const labels = (items: readonly CompletionItem[]) => items.map((item) => item.label);

test('front-matter `actors` offers the registry ids not listed yet', async () => {
  const items = await complete(5, 14);
  assert.deepEqual(labels(items), ['afghan-taliban', 'pakistan-army', 'abdul-qayyum-zakir']);
  assert.equal(items[0].kind, CompletionItemKind.Reference);
  assert.equal(items[0].detail, 'Afghan Taliban · armed group');
  assert.deepEqual(items[0].textEdit, { range: range(5, 14, 14), newText: 'afghan-taliban' });
  assert.equal((items[0].documentation as { kind: string }).kind, 'markdown');
});

test('front-matter keys not yet written, with what each means, as snippets', async () => {
  const items = await complete(6, 0);
  assert.deepEqual(labels(items), ['author', 'url', 'language', 'retrieved', 'duplicate_of', 'tags']);
  const tags = items.find((item) => item.label === 'tags')!;
  assert.equal(tags.kind, CompletionItemKind.Field);
  assert.equal(tags.insertTextFormat, InsertTextFormat.Snippet);
  assert.deepEqual(tags.textEdit, { range: range(6, 0, 0), newText: 'tags: [$1]' });
  assert.match((tags.documentation as { value: string }).value, /Free keywords/);
});

test('by= lists actor ids not yet given, event= the event ids of the whole corpus', async () => {
  assert.deepEqual(labels(await complete(11, 50)), ['afghan-taliban', 'pakistan-army', 'abdul-qayyum-zakir']);
  const events = await complete(11, 42);
  assert.deepEqual(labels(events), ['border-clash', 'paktika-strikes']);
  assert.equal(events[0].kind, CompletionItemKind.Event);
  assert.equal(events[0].detail, 'Border clash · 2024-11-02');
});

test('attribute names inside {...} and a count read from the label', async () => {
  const names = await complete(11, 36);
  assert.deepEqual(labels(names), ['injured', 'missing', 'source', 'date', 'event', 'against', 'place']);
  assert.equal(names[0].kind, CompletionItemKind.Property);
  assert.deepEqual(names[4].textEdit, { range: range(11, 36, 41), newText: 'event' });
  const counts = await complete(11, 35);
  assert.deepEqual(counts.map((item) => [item.label, item.textEdit]), [['40', { range: range(11, 33, 35), newText: '40' }]]);
});

test('a `:` typed in the text offers the tag names, as snippets', async () => {
  version += 1;
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: OPENED_URI, version },
    contentChanges: [{ range: range(12, 0, 0), text: 'The toll rose to :' }],
  });
  const items = await complete(12, 18);
  assert.deepEqual(labels(items), ['casualty', 'event', 'actor']);
  assert.equal(items[0].kind, CompletionItemKind.Keyword);
  assert.deepEqual(items[1].textEdit, { range: range(12, 18, 18), newText: 'event[${1:label}]{id=${2} date=${3}}' });
  assert.deepEqual(await complete(12, 4), []);
});

test('hover on a :casualty tag shows its counts, source and the reports of its event across the corpus', async () => {
  const result = await hover(10, 20);
  const value = (result?.contents as { value: string }).value;
  assert.deepEqual(result?.range, range(10, 15, 102));
  assert.match(value, /^\*\*:casualty\*\* 46 people\n\n- killed: \*\*46\*\*\n\nSource: Taliban officials/);
  assert.match(value, /\| killed \| 40 \| 52 \| reports differ \|/);
  assert.match(value, /- killed 46 · Taliban officials — `opened-doc` \(articles\/opened\\\.md, line 11\) · \*this tag\*/);
  assert.match(value, /- killed 40–52 · UNAMA — `disk-doc` \(articles\/disk\\\.md, line 9\)/);
});

test('hover on an :event tag lists its reports', async () => {
  const value = ((await hover(9, 2))?.contents as { value: string }).value;
  assert.match(value, /^\*\*:event\*\* Strikes in Paktika\n\nDate 2024\\-12\\-24\n\n\*\*Event `paktika-strikes`\*\* · 2 casualty reports in 2 documents/);
});

test('hover on a front-matter key explains the field', async () => {
  const result = await hover(3, 3);
  assert.deepEqual(result?.range, range(3, 0, 9));
  assert.match((result?.contents as { value: string }).value, /^\*\*`published`\*\* · date · required\n/);
});

test('no items outside the text or for a file outside any corpus', async () => {
  assert.deepEqual(await complete(400, 0), []);
  assert.deepEqual(await complete(0, 0, pathToFileURL(join(root, '..', 'elsewhere.md')).href), []);
});

test('a client that resolves documentation gets actor cards on completionItem/resolve, not with every item', async () => {
  const lazy = new LspClient();
  try {
    const capabilities = { textDocument: { completion: { completionItem: { resolveSupport: { properties: ['documentation'] } } } } };
    const result: InitializeResult = await lazy.initialize([root], capabilities);
    assert.equal(result.capabilities.completionProvider?.resolveProvider, true);
    await lazy.connection.sendNotification('initialized', {});
    await lazy.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: OPENED_URI, languageId: 'markdown', version: 1, text: OPENED } });
    const items: CompletionItem[] = await lazy.connection.sendRequest('textDocument/completion', { textDocument: { uri: OPENED_URI }, position: { line: 5, character: 14 } });
    assert.deepEqual(labels(items), ['afghan-taliban', 'pakistan-army', 'abdul-qayyum-zakir']);
    assert.ok(items.every((item) => item.documentation === undefined));
    const resolved: CompletionItem = await lazy.connection.sendRequest('completionItem/resolve', items[0]);
    assert.equal(resolved.label, 'afghan-taliban');
    assert.deepEqual(resolved.textEdit, items[0].textEdit);
    assert.equal((resolved.documentation as { kind: string }).kind, 'markdown');
    assert.match((resolved.documentation as { value: string }).value, /\*\*Afghan Taliban\*\* `afghan-taliban`/);
    const keys: CompletionItem[] = await lazy.connection.sendRequest('textDocument/completion', { textDocument: { uri: OPENED_URI }, position: { line: 6, character: 0 } });
    assert.match((keys.find((item) => item.label === 'tags')?.documentation as { value: string }).value, /Free keywords/, 'other items keep their documentation');
  } finally {
    lazy.kill();
  }
});
