/** Activation: start the language server, then hang the commands, the status bar and the timeline on it. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { CorpusContext } from './corpusContext';
import { IndexingProgress } from './indexingProgress';
import { CLIENT_NAME, createLanguageClient } from './languageClient';
import { CorpusStatusBar } from './statusBar';
import { registerTimeline } from './timeline/index';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  client = createLanguageClient(context, output);
  context.subscriptions.push(output, new CorpusContext(), new CorpusStatusBar(client), new IndexingProgress(client));
  registerCommands(context, client);
  registerTimeline(context, client);
  try {
    await client.start();
  } catch (error) {
    // Logged and shown by the client; the restart command stays available.
    output.error('The language server did not start.', error);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
