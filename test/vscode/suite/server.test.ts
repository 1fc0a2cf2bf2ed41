import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, corpusDiagnostics, openInEditor, ruleOf, waitFor } from './corpus';
import { suite, suiteSetup, test } from './mocha';

suite('language server', () => {
  suiteSetup(activateExtension);

  test('after corpusLint.restartServer the new server lints what is typed', async () => {
    const editor = await openInEditor('articles/clean/paktika-airstrikes-2024-12.md');
    await vscode.commands.executeCommand('corpusLint.restartServer');

    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.equal(await editor.edit((builder) => builder.insert(end, '\n\nA later count said 17 people were killed.\n')), true);
    const typedLine = editor.document.lineCount - 2;
    assert.match(editor.document.lineAt(typedLine).text, /17 people were killed/);
    await waitFor('casualty/untagged on the typed line', () =>
      corpusDiagnostics(editor.document.uri).some((diagnostic) => ruleOf(diagnostic) === 'casualty/untagged' && diagnostic.range.start.line === typedLine) ? true : undefined,
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
