/** The example corpus as the suite sees it: the first workspace folder, its documents and their diagnostics. */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'corpus-lint.corpus-lint';

export function corpusUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the example corpus is open as the first workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  await extension.activate();
}

export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(corpusUri(relativePath));
  return vscode.window.showTextDocument(document);
}

export function corpusDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'corpus-lint');
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  if (typeof code === 'object') return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** Polls `probe` until it returns something other than undefined, or fails after `timeoutMs` saying what it waited for. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The document's corpus-lint diagnostics once one of them has rule `rule`. */
export function waitForRule(uri: vscode.Uri, rule: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`a ${rule} diagnostic on ${uri.path}`, () => {
    const diagnostics = corpusDiagnostics(uri);
    return diagnostics.some((diagnostic) => ruleOf(diagnostic) === rule) ? diagnostics : undefined;
  }, timeoutMs);
}
