/**
 * The `corpusLint.inCorpus` context key: true while the active editor shows a Markdown file at or below a
 * folder that holds a corpus.yaml. Menus (the timeline button) use it in their `when` clauses.
 */
import * as vscode from 'vscode';

export const IN_CORPUS_KEY = 'corpusLint.inCorpus';
const CONFIG_GLOB = '**/corpus.yaml';

export class CorpusContext implements vscode.Disposable {
  private roots: string[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB, false, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => void this.findRoots()),
      watcher.onDidDelete(() => void this.findRoots()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.findRoots()),
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.update(editor)),
    );
    void this.findRoots();
  }

  /** Whether a file lies at or below a folder holding corpus.yaml. */
  contains(uri: vscode.Uri): boolean {
    return uri.scheme === 'file' && this.roots.some((root) => uri.path.startsWith(root));
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private async findRoots(): Promise<void> {
    const configs = await vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**');
    this.roots = configs.map((config) => vscode.Uri.joinPath(config, '..').path.replace(/\/?$/, '/'));
    await this.update(vscode.window.activeTextEditor);
  }

  private async update(editor: vscode.TextEditor | undefined): Promise<void> {
    const inCorpus = editor !== undefined && editor.document.languageId === 'markdown' && this.contains(editor.document.uri);
    await vscode.commands.executeCommand('setContext', IN_CORPUS_KEY, inCorpus);
  }
}
