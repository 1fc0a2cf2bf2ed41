import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MAX_RESTARTS } from '../../../client/src/restartPolicy';
import { activateExtension, corpusDiagnostics, openInEditor, ruleOf, waitFor, waitForRule } from './corpus';
import { suite, suiteSetup, test } from './mocha';
import { clientLog, serverPid, serverPids } from './serverProcess';

/** A document with casualty/untagged warnings on lines 16, 18 and 20. */
const UNTAGGED = 'articles/problems/untagged-figures.md';

/** Types a sentence with an untagged figure at the end of the document and waits for the server to flag that line. */
async function typeUntaggedFigure(editor: vscode.TextEditor): Promise<void> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  assert.equal(await editor.edit((builder) => builder.insert(end, '\n\nA later count said 17 people were killed.\n')), true);
  const typedLine = editor.document.lineCount - 2;
  assert.match(editor.document.lineAt(typedLine).text, /17 people were killed/);
  await waitFor('casualty/untagged on the typed line', () =>
    corpusDiagnostics(editor.document.uri).some((diagnostic) => ruleOf(diagnostic) === 'casualty/untagged' && diagnostic.range.start.line === typedLine) ? true : undefined,
  );
}

/**
 * The server process once it is another than `previous` and has published the document's diagnostics. A restart
 * drops the old server's diagnostics before it starts the new process, so those seen now come from the new one.
 */
async function serverWithDiagnostics(uri: vscode.Uri, previous?: number): Promise<number> {
  const pid = await waitFor(previous === undefined ? 'the language server process' : `a server process other than ${previous}`, () => {
    const found = serverPid();
    return found !== undefined && found !== previous ? found : undefined;
  });
  await waitForRule(uri, 'casualty/untagged');
  return pid;
}

/** Kills the server with SIGKILL and returns the line the client logged about that process's end. */
async function killServer(pid: number): Promise<string> {
  process.kill(pid, 'SIGKILL');
  const said = `process ${pid} was ended by SIGKILL`;
  return waitFor(`the client to log "${said}"`, () => clientLog().split('\n').find((line) => line.includes(said)));
}

suite('language server', () => {
  suiteSetup(activateExtension);

  test('after corpusLint.restartServer the new server lints what is typed', async () => {
    const editor = await openInEditor('articles/clean/paktika-airstrikes-2024-12.md');
    await vscode.commands.executeCommand('corpusLint.restartServer');
    await typeUntaggedFigure(editor);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test(`a server that crashes ${MAX_RESTARTS + 1} times is left stopped with a message, and the restart command brings it back`, async () => {
    const { document } = await openInEditor(UNTAGGED);
    let pid = await serverWithDiagnostics(document.uri);
    for (let restart = 1; restart <= MAX_RESTARTS; restart++) {
      const line = await killServer(pid);
      assert.match(line, new RegExp(`Starting it again: restart ${restart} of the ${MAX_RESTARTS} allowed`));
      pid = await serverWithDiagnostics(document.uri, pid);
    }
    const line = await killServer(pid);
    assert.match(line, new RegExp(`stopped unexpectedly ${MAX_RESTARTS + 1} times .* was not started again`));
    assert.match(line, /run "Corpus: Restart Language Server" to start it/);
    assert.deepEqual(serverPids(), [], 'no server runs after the client gave up');
    await waitFor('the stopped server\'s diagnostics to go', () => (corpusDiagnostics(document.uri).length === 0 ? true : undefined));

    await vscode.commands.executeCommand('corpusLint.restartServer');
    await serverWithDiagnostics(document.uri, pid);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  test('a killed server is started again, and the new process lints what is typed', async () => {
    const editor = await openInEditor(UNTAGGED);
    const { uri } = editor.document;
    const killed = await serverWithDiagnostics(uri);
    // The restart command above started the count again.
    assert.match(await killServer(killed), new RegExp(`Starting it again: restart 1 of the ${MAX_RESTARTS} allowed`));
    const restarted = await serverWithDiagnostics(uri, killed);
    assert.deepEqual(corpusDiagnostics(uri).filter((diagnostic) => ruleOf(diagnostic) === 'casualty/untagged').map((diagnostic) => diagnostic.range.start.line + 1), [16, 18, 20]);

    await typeUntaggedFigure(editor);
    assert.deepEqual(serverPids(), [restarted], 'the restarted server answered the edit, and it still runs');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
