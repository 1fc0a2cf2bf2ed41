import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { activateExtension, corpusDiagnostics, openInEditor, ruleOf, waitFor, waitForRule } from './corpus';
import { suite, suiteSetup, test } from './mocha';

/**
 * The code actions for `range`, or undefined when the request was cancelled: the workbench cancels one when
 * the document's model changes under it, and the caller asks again, as the light bulb does.
 */
async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<(vscode.CodeAction | vscode.Command)[] | undefined> {
  try {
    return await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  } catch (error) {
    if (error instanceof Error && error.name === 'Canceled') return undefined;
    throw error;
  }
}

suite('code actions', () => {
  suiteSetup(activateExtension);

  test('a quick fix renames a misspelt directive', async () => {
    const editor = await openInEditor('articles/problems/directive-typos.md');
    const { uri } = editor.document;
    const diagnostics = await waitForRule(uri, 'directive/unknown');
    const unknown = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'directive/unknown')!;
    // The command returns actions without their diagnostics: find the quick fix by where it edits.
    let titles: string[] = [];
    const fix = await waitFor('a quick fix editing the directive/unknown range', async () => {
      const actions = (await codeActionsAt(uri, unknown.range)) ?? [];
      titles = actions.map((action) => action.title);
      return actions.find(
        (action): action is vscode.CodeAction =>
          action instanceof vscode.CodeAction &&
          action.kind?.value === 'quickfix' &&
          (action.edit?.get(uri) ?? []).some((edit) => edit.range.intersection(unknown.range) !== undefined),
      );
    }, 10_000).catch((error: Error) => assert.fail(`${error.message}; offered: ${titles.join(' | ')}`));
    assert.ok(fix.edit);
    assert.equal(fix.title, 'Change to :event');

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.match(editor.document.lineAt(unknown.range.start.line).text, /^:event\[Attack on the Parachinar convoy\]/);
    await waitFor('directive/unknown to go away', () => (corpusDiagnostics(uri).some((diagnostic) => ruleOf(diagnostic) === 'directive/unknown') ? undefined : true));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('saving applies every fix when codeActionsOnSave asks for source.fixAll.corpus-lint', async () => {
    const editor = await openInEditor('articles/problems/actor-misspellings.md');
    const { document } = editor;
    await waitForRule(document.uri, 'actor/variant');
    const setting = vscode.workspace.getConfiguration('editor', document).get<Record<string, string>>('codeActionsOnSave');
    assert.equal(setting?.['source.fixAll.corpus-lint'], 'explicit', 'the test workspace turns fix-all on save on');

    // A save participant runs on a real save only: type one more misspelt name so the document is dirty.
    const end = document.lineAt(document.lineCount - 1).range.end;
    assert.equal(await editor.edit((builder) => builder.insert(end, '\nA spokesman for the Tehreek e Taliban Pakistan did not comment.\n')), true);
    assert.equal(await document.save(), true);

    const saved = await readFile(document.uri.fsPath, 'utf8');
    assert.doesNotMatch(saved, /Qayam|Tehreek e Taliban|Tehrik-e-Taliban /);
    assert.match(saved, /his deputy, Abdul Qayyum Zakir\./);
    assert.match(saved, /about the Tehreek-e-Taliban Pakistan\. Islamabad wants the Tehreek-e-Taliban Pakistan expelled/);
    assert.match(saved, /spokesman for the Tehreek-e-Taliban Pakistan did not comment/);
    await waitFor('actor/variant to go away', () => (corpusDiagnostics(document.uri).some((diagnostic) => ruleOf(diagnostic) === 'actor/variant') ? undefined : true));
  });
});
