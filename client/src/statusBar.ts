/**
 * The status bar item: the corpus's name, how many documents the server indexed, and the errors and warnings
 * VS Code currently shows for it. A click opens the Problems panel.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest, type CorpusStatus } from '../../server/src/protocol';
import { countProblems, statusText, statusTooltip } from './statusText';

const REFRESH_DELAY_MS = 400;

export class CorpusStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corpusLint.status', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Corpus Lint';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
      client.onDidChangeState(({ newState }) => (newState === State.Running ? this.schedule() : this.item.hide())),
    );
  }

  /** Refreshes a quiet moment after the last change: diagnostics arrive in bursts. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private async refresh(): Promise<void> {
    if (!this.client.isRunning()) return;
    let corpora: CorpusStatus[];
    try {
      ({ corpora } = await this.client.sendRequest(StatusRequest.type));
    } catch (error) {
      this.client.warn('Corpus Lint: the status request failed.', error);
      return;
    }
    if (corpora.length === 0) {
      this.item.hide();
      return;
    }
    const shown = countProblems(corpora.map((corpus) => vscode.Uri.parse(corpus.root).path), vscode.languages.getDiagnostics().map(([uri, diagnostics]) => ({
      path: uri.path,
      severities: diagnostics.filter((diagnostic) => diagnostic.source === 'corpus-lint').map((diagnostic) => diagnostic.severity),
    })));
    this.item.text = statusText(corpora, shown);
    this.item.tooltip = new vscode.MarkdownString(statusTooltip(corpora, shown));
    this.item.show();
  }
}
