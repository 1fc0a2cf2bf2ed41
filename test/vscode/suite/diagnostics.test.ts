import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, corpusDiagnostics, corpusUri, openInEditor, ruleOf, waitForRule } from './corpus';
import { suite, suiteSetup, test } from './mocha';

suite('diagnostics', () => {
  suiteSetup(activateExtension);

  test('an opened document gets its diagnostics', async () => {
    const editor = await openInEditor('articles/problems/untagged-figures.md');
    const diagnostics = await waitForRule(editor.document.uri, 'casualty/untagged');
    const untagged = diagnostics.filter((diagnostic) => ruleOf(diagnostic) === 'casualty/untagged');
    assert.deepEqual(untagged.map((diagnostic) => diagnostic.range.start.line + 1), [16, 18, 20]);
    assert.ok(untagged.every((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning));
  });

  test('a document nobody opened gets its diagnostics once the corpus is indexed', async () => {
    const uri = corpusUri('articles/problems/conflicting-tolls.md');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the document is not open');
    await waitForRule(uri, 'event/duplicate-id');
    const lines = corpusDiagnostics(uri)
      .filter((diagnostic) => ruleOf(diagnostic) === 'event/duplicate-id')
      .map((diagnostic) => diagnostic.range.start.line + 1);
    assert.deepEqual(lines, [18, 26]);
  });
});
