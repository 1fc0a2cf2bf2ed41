import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openInEditor, waitFor } from './corpus';
import { suite, suiteSetup, test } from './mocha';

suite('hover', () => {
  suiteSetup(activateExtension);

  test('hovering an actor name shows its card from the registry', async () => {
    const { document } = await openInEditor('articles/problems/actor-list-out-of-step.md');
    const offset = document.getText().indexOf('Amir Khan Muttaqi');
    assert.ok(offset > 0);
    const position = document.positionAt(offset + 'Amir Khan'.length);

    const markdown = await waitFor('a hover card', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      const text = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
      return text.includes('amir-khan-muttaqi') ? text : undefined;
    });
    assert.match(markdown, /\*\*Amir Khan Muttaqi\*\* `amir-khan-muttaqi`/);
    assert.match(markdown, /\*person · AF\*/);
    assert.match(markdown, /Foreign minister in the Taliban government/);
  });
});
