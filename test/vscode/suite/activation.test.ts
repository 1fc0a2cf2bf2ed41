import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from './corpus';
import { suite, test } from './mocha';

// Runs first (files run in name order): every later suite activates the extension itself.
suite('activation', () => {
  test('the extension activates on its own when a corpus is open', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
  });

  test('its commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['corpusLint.restartServer', 'corpusLint.showTimeline']) assert.ok(commands.includes(command), `${command} is registered`);
  });
});
