/** A `reveal` from the timeline page: the corpus file opened in the first column with the line selected. */
import * as vscode from 'vscode';
import type { RevealMessage } from '../../../server/src/service/timeline/messages';
import { resolveInsideRoot } from './paths';

/** False when the file lies outside the corpus root or cannot be opened; nothing is done then. */
export async function revealInEditor(root: vscode.Uri, { file, line }: RevealMessage): Promise<boolean> {
  const path = root.scheme === 'file' ? resolveInsideRoot(root.fsPath, file) : undefined;
  if (!path) return false;
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
  } catch {
    return false;
  }
  const { range } = document.lineAt(Math.min(line, document.lineCount) - 1);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Selection(range.start, range.end) });
  return true;
}
