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
});
