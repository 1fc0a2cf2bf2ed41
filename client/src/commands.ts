/** The extension's own commands, apart from the timeline's. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const RESTART_SERVER = 'corpusLint.restartServer';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(RESTART_SERVER, async () => {
      client.info('Restarting the server on request.');
      try {
        await client.restart();
      } catch (error) {
        client.error('The server could not be restarted.', error, 'force');
      }
    }),
  );
}
