import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-jsonrpc/node';
import { SymbolKind, type DocumentSymbol, type InitializeResult, type Location, type Position, type Range, type SymbolInformation, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { makeCorpus } from '../cli/run';
import { CONFIG, REGISTRY, applyTextEdits, frontMatter, rangeOf } from '../unit/harness';
import { LspClient } from './lspClient';

const OPENED = `${frontMatter('', '[ttp]').replace('test-doc', 'opened-doc')}
# The attack
The Pakistani Taliban claimed it.

:event[Attack on the post]{id=post-attack date=2024-12-20 by=ttp against=pakistan-army}
`;
const CLOSED = `${frontMatter('duplicate_of: opened-doc\n', '["ttp"]').replace('test-doc', 'closed-doc')}
:casualty[two soldiers]{killed=2 by=ttp source="ISPR" event=post-attack} died.
`;

const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, 'articles/opened.md': OPENED, 'articles/closed.md': CLOSED });
const uriOf = (file: string) => pathToFileURL(join(root, file)).href;
const OPENED_URI = uriOf('articles/opened.md');
const REGISTRY_URI = uriOf('actors.yaml');

const inside = (range: Range): Position => ({ line: range.start.line, character: range.start.character + 1 });

let client: LspClient;

before(async () => {
  client = new LspClient();
  const result: InitializeResult = await client.initialize([root], { textDocument: { rename: { prepareSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } });
  assert.equal(result.capabilities.referencesProvider, true);
  assert.deepEqual(result.capabilities.renameProvider, { prepareProvider: true });
  assert.equal(result.capabilities.documentSymbolProvider, true);
  assert.equal(result.capabilities.workspaceSymbolProvider, true);
  await client.connection.sendNotification('initialized', {});
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: OPENED_URI, languageId: 'markdown', version: 1, text: OPENED } });
});

after(() => {
  client.kill();
  rmSync(root, { recursive: true, force: true });
});

const TTP_LOCATIONS = [
  { uri: REGISTRY_URI, range: rangeOf(REGISTRY, 'ttp') },
  { uri: uriOf('articles/closed.md'), range: rangeOf(CLOSED, 'ttp') },
  { uri: uriOf('articles/closed.md'), range: rangeOf(CLOSED, 'ttp', 1) },
  { uri: OPENED_URI, range: rangeOf(OPENED, 'ttp') },
  { uri: OPENED_URI, range: rangeOf(OPENED, 'Pakistani Taliban') },
  { uri: OPENED_URI, range: rangeOf(OPENED, 'ttp', 1) },
];

test('workspace symbols: events of open and closed documents, and actors in the registry', async () => {
  const symbols = (query: string): Promise<SymbolInformation[]> => client.connection.sendRequest('workspace/symbol', { query });
  assert.deepEqual(await symbols('attack'), [
    {
      name: 'post-attack',
      kind: SymbolKind.Event,
      location: { uri: OPENED_URI, range: rangeOf(OPENED, ':event[Attack on the post]{id=post-attack date=2024-12-20 by=ttp against=pakistan-army}') },
      containerName: '2024-12-20 · Attack on the post',
    },
  ]);
  assert.deepEqual(
    (await symbols('TALIBAN')).map(({ name, location, containerName }) => [name, location.uri, location.range.start.line, containerName]),
    [
      ['Tehreek-e-Taliban Pakistan', REGISTRY_URI, rangeOf(REGISTRY, 'ttp:').start.line, 'ttp · armed group'],
      ['Afghan Taliban', REGISTRY_URI, rangeOf(REGISTRY, 'afghan-taliban:').start.line, 'afghan-taliban · armed group'],
    ],
  );
  assert.deepEqual(
    (await symbols('a test doc')).map(({ name, kind, location }) => [name, kind, location.uri]),
    [
      ['A test document', SymbolKind.File, uriOf('articles/closed.md')],
      ['A test document', SymbolKind.File, OPENED_URI],
    ],
  );
});

test('references of an actor span the registry, the open document and the documents on disk', async () => {
  const locations: Location[] = await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: OPENED_URI },
    position: inside(rangeOf(OPENED, 'Pakistani Taliban')),
    context: { includeDeclaration: true },
  });
  assert.deepEqual(locations, TTP_LOCATIONS);
  const withoutDeclaration: Location[] = await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: OPENED_URI },
    position: inside(rangeOf(OPENED, 'ttp', 1)),
    context: { includeDeclaration: false },
  });
  assert.deepEqual(withoutDeclaration, TTP_LOCATIONS.slice(1));
});

test('references and rename work from the open registry, as the editor holds it', async () => {
  const edited = `# moved down a line\n${REGISTRY}`;
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: REGISTRY_URI, languageId: 'yaml', version: 1, text: REGISTRY } });
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: REGISTRY_URI, version: 2 }, contentChanges: [{ text: edited }] });
  const locations: Location[] = await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: REGISTRY_URI },
    position: { line: 1, character: 2 },
    context: { includeDeclaration: true },
  });
  assert.deepEqual(locations, [{ uri: REGISTRY_URI, range: rangeOf(edited, 'ttp') }, ...TTP_LOCATIONS.slice(1)]);
  const prepared = await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: REGISTRY_URI }, position: { line: 1, character: 3 } });
  assert.deepEqual(prepared, { range: rangeOf(edited, 'ttp'), placeholder: 'ttp' });
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: REGISTRY_URI } });
});

test('prepareRename gives an id and refuses a name in the prose with a message', async () => {
  const prepared = await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: OPENED_URI }, position: inside(rangeOf(OPENED, 'ttp', 1)) });
  assert.deepEqual(prepared, { range: rangeOf(OPENED, 'ttp', 1), placeholder: 'ttp' });
  await assert.rejects(
    client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: OPENED_URI }, position: inside(rangeOf(OPENED, 'Pakistani Taliban')) }),
    (error: unknown) => error instanceof ResponseError && error.code === -32803 && /name in the text, not an actor id/.test(error.message),
  );
  const nothing = await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: OPENED_URI }, position: inside(rangeOf(OPENED, 'claimed')) });
  assert.equal(nothing, null);
});

test('rename edits the registry and every document, open or not, in one workspace edit', async () => {
  const edit: WorkspaceEdit = await client.connection.sendRequest('textDocument/rename', {
    textDocument: { uri: OPENED_URI },
    position: inside(rangeOf(OPENED, 'ttp')),
    newName: 'tehreek',
  });
  assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [REGISTRY_URI, uriOf('articles/closed.md'), OPENED_URI].sort());
  assert.equal(applyTextEdits(REGISTRY, edit.changes![REGISTRY_URI]), REGISTRY.replace('ttp:', 'tehreek:'));
  assert.equal(applyTextEdits(CLOSED, edit.changes![uriOf('articles/closed.md')]), CLOSED.replace('"ttp"', '"tehreek"').replace('by=ttp', 'by=tehreek'));
  assert.equal(applyTextEdits(OPENED, edit.changes![OPENED_URI]), OPENED.replace('[ttp]', '[tehreek]').replace('by=ttp', 'by=tehreek'));
});

test('rename refuses an invalid or taken id', async () => {
  const rename = (newName: string) => client.connection.sendRequest('textDocument/rename', { textDocument: { uri: OPENED_URI }, position: inside(rangeOf(OPENED, 'ttp')), newName });
  await assert.rejects(rename('Tehreek Taliban'), (error: unknown) => error instanceof ResponseError && error.message.includes('is not a valid actor id'));
  await assert.rejects(rename('pakistan-army'), (error: unknown) => error instanceof ResponseError && error.message.includes('already the id of another actor'));
});

test('definition, references and rename of an event id reach its :event tag and the :casualty tags that report it; duplicate_of leads to its document', async () => {
  const CLOSED_URI = uriOf('articles/closed.md');
  const declaration = { uri: OPENED_URI, range: rangeOf(OPENED, ':event[Attack on the post]{id=post-attack date=2024-12-20 by=ttp against=pakistan-army}') };
  const report = { uri: CLOSED_URI, range: rangeOf(CLOSED, ':casualty[two soldiers]{killed=2 by=ttp source="ISPR" event=post-attack}') };
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: CLOSED_URI, languageId: 'markdown', version: 1, text: CLOSED } });
  try {
    const definitionAt = (position: Position) => client.connection.sendRequest('textDocument/definition', { textDocument: { uri: CLOSED_URI }, position });
    assert.deepEqual(await definitionAt(inside(rangeOf(CLOSED, 'post-attack'))), declaration);
    assert.deepEqual(await definitionAt(rangeOf(CLOSED, 'post-attack').end), declaration, 'just past the id still counts');
    assert.equal(await definitionAt(inside(rangeOf(CLOSED, 'ISPR'))), null);
    assert.deepEqual(await definitionAt(inside(rangeOf(CLOSED, 'opened-doc'))), { uri: OPENED_URI, range: rangeOf(OPENED, 'opened-doc') });
    const referencesAt = (includeDeclaration: boolean): Promise<Location[]> => client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: OPENED_URI },
      position: inside(rangeOf(OPENED, 'post-attack')),
      context: { includeDeclaration },
    });
    assert.deepEqual(await referencesAt(true), [declaration, report]);
    assert.deepEqual(await referencesAt(false), [report]);
    const onId = inside(rangeOf(OPENED, 'post-attack'));
    assert.deepEqual(
      await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: OPENED_URI }, position: onId }),
      { range: rangeOf(OPENED, 'post-attack'), placeholder: 'post-attack' },
    );
    const edit: WorkspaceEdit = await client.connection.sendRequest('textDocument/rename', { textDocument: { uri: OPENED_URI }, position: onId, newName: 'post-attack-2024-12' });
    assert.equal(applyTextEdits(OPENED, edit.changes![OPENED_URI]), OPENED.replace('id=post-attack', 'id=post-attack-2024-12'));
    assert.equal(applyTextEdits(CLOSED, edit.changes![CLOSED_URI]), CLOSED.replace('event=post-attack', 'event=post-attack-2024-12'));
  } finally {
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: CLOSED_URI } });
  }
});

test('document symbols are the headings with the tags under them', async () => {
  const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: OPENED_URI } });
  const heading = rangeOf(OPENED, '# The attack');
  const tag = rangeOf(OPENED, ':event[Attack on the post]{id=post-attack date=2024-12-20 by=ttp against=pakistan-army}');
  assert.deepEqual(symbols, [
    {
      name: 'The attack',
      kind: SymbolKind.String,
      range: { start: heading.start, end: tag.end },
      selectionRange: heading,
      children: [{ name: 'Attack on the post', detail: '2024-12-20 · post-attack', kind: SymbolKind.Event, range: tag, selectionRange: rangeOf(OPENED, 'Attack on the post'), children: [] }],
    },
  ]);
  const unknown: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf('articles/missing.md') } });
  assert.deepEqual(unknown, []);
});

test('shutdown and exit end the process with status 0', async () => {
  await client.connection.sendRequest('shutdown');
  await client.connection.sendNotification('exit');
  assert.equal(await client.exited, 0);
});
