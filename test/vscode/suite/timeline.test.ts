import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { CLICK_REPORT_ENV, CLICK_REQUEST, type ClickReport } from './clickRequest';
import { activateExtension, openInEditor, waitFor } from './corpus';
import { suite, suiteSetup, test } from './mocha';

/** The Corpus Lint timeline among the open tabs (a webview tab whose view type names the extension's). */
function timelineTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && /corpusLint|corpus-lint|timeline/i.test(tab.input.viewType));
}

const DOCUMENT = 'articles/problems/conflicting-tolls.md';

suite('timeline panel', () => {
  suiteSetup(activateExtension);

  test('corpusLint.showTimeline opens the panel beside the editor', async () => {
    const editor = await openInEditor(DOCUMENT);
    assert.equal(timelineTab(), undefined, 'no timeline is open yet');
    await vscode.commands.executeCommand('corpusLint.showTimeline');

    const tab = await waitFor('the timeline panel', timelineTab);
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the panel opens in another column than the document');
    assert.ok(vscode.window.visibleTextEditors.some((visible) => visible.document === editor.document), 'the document stays visible');
  });

  // Only a launcher that drives the page can click in the webview (see clickRequest.ts); @vscode/test-electron cannot.
  const reportFile = process.env[CLICK_REPORT_ENV];
  if (!reportFile) {
    console.log(`timeline panel: the click check needs ${CLICK_REPORT_ENV} (npm run test:code-server); not run here`);
    return;
  }
  test('the panel shows entries, and clicking one reveals its line in the editor', async () => {
    assert.ok(timelineTab(), 'the panel is open');
    const editor = vscode.window.visibleTextEditors.find((visible) => visible.document.uri.path.endsWith(DOCUMENT));
    assert.ok(editor, `${DOCUMENT} is visible`);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    rmSync(reportFile, { force: true });

    console.log(CLICK_REQUEST);
    const report = await waitFor('the launcher to click an entry', () => (existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as ClickReport) : undefined));
    assert.equal(report.error, undefined);
    assert.ok(report.entries > 0, 'the panel shows entries');
    await waitFor(`the editor to show ${report.file}:${report.line}`, () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.path.endsWith(`/${report.file}`) && active.selection.start.line + 1 === report.line ? true : undefined;
    }, 10_000);
  });
});
