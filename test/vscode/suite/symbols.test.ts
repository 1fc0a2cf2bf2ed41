import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, corpusUri, waitFor } from './corpus';
import { suite, suiteSetup, test } from './mocha';

suite('workspace symbols', () => {
  suiteSetup(activateExtension);

  test('Go to Symbol in Workspace finds events by id and actors by name across the corpus', async () => {
    const symbols = (query: string) => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
    const events = await waitFor('the event symbols', async () => {
      const found = (await symbols('border-clashes')).filter((symbol) => symbol.name === 'border-clashes-2025-10');
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
      events.map((symbol) => [symbol.kind, symbol.location.uri.toString(), symbol.location.range.start.line]),
      [
        [vscode.SymbolKind.Event, corpusUri('articles/problems/conflicting-tolls.md').toString(), 17],
        [vscode.SymbolKind.Event, corpusUri('articles/problems/conflicting-tolls.md').toString(), 25],
      ],
    );
    const actor = (await symbols('Muttaqi')).find((symbol) => symbol.name === 'Amir Khan Muttaqi');
    assert.ok(actor, 'the actor is found by its name');
    assert.equal(actor.location.uri.toString(), corpusUri('actors.yaml').toString());
    assert.equal(actor.containerName, 'amir-khan-muttaqi · person');
  });

  test("Go to Definition on a :casualty tag's event= reaches the :event tag; references list every report", async () => {
    const uri = corpusUri('articles/problems/conflicting-tolls.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    const id = 'border-clashes-2025-10';
    const inReport = document.positionAt(text.indexOf(`event=${id}`) + 'event='.length + 1);
    const definitions = await waitFor('the event definition', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, inReport);
      return found.length > 0 ? found : undefined;
    });
    const targetLine = (found: vscode.Location | vscode.LocationLink) => ('targetRange' in found ? found.targetRange : found.range).start.line;
    assert.deepEqual(definitions.map(targetLine), [text.slice(0, text.indexOf(`{id=${id}`)).split('\n').length - 1]);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, inReport);
    const tagsNaming = text.split(`=${id}`).length - 1;
    assert.equal(references.length, tagsNaming, 'both :event tags and every :casualty tag with this event');
    assert.ok(references.every((location) => location.uri.toString() === uri.toString()));
  });
});
