/** A notification with a progress bar while the server indexes a large corpus. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IndexingNotification, type IndexingParams } from '../../server/src/protocol';

/** Smaller corpora index within a moment: the status bar's spinner is enough for them. */
export const LARGE_CORPUS = 1000;

export class IndexingProgress implements vscode.Disposable {
  private shown?: { report: (params: IndexingParams) => void; finish: () => void };
  private readonly subscription: vscode.Disposable;

  constructor(client: LanguageClient) {
    this.subscription = client.onNotification(IndexingNotification.type, (params) => this.update(params));
  }

  dispose(): void {
    this.subscription.dispose();
    this.shown?.finish();
  }

  private update(params: IndexingParams): void {
    if (params.done >= params.total) {
      this.shown?.finish();
      this.shown = undefined;
      return;
    }
    if (!this.shown && params.total >= LARGE_CORPUS) this.shown = this.show();
    this.shown?.report(params);
  }

  private show(): { report: (params: IndexingParams) => void; finish: () => void } {
    let finish = () => {};
    let report: (params: IndexingParams) => void = () => {};
    let reported = 0;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Corpus Lint' }, (progress) => {
      report = ({ done, total }) => {
        const percent = Math.floor((done / total) * 100);
        progress.report({ message: `checking ${done.toLocaleString('en')} of ${total.toLocaleString('en')} documents`, increment: percent - reported });
        reported = percent;
      };
      return new Promise<void>((resolve) => (finish = resolve));
    });
    return { report: (params) => report(params), finish: () => finish() };
  }
}
