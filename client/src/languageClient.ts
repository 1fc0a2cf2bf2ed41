/** How the extension starts the bundled language server and which files it hands to it. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** The client id: VS Code reads `corpusLint.trace.server` because of it. */
export const CLIENT_ID = 'corpusLint';
export const CLIENT_NAME = 'Corpus Lint';

/** Crashes tolerated within three minutes before the server is left stopped (languageclient's default is 4). */
export const MAX_RESTARTS = 4;

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', pattern: '**/corpus.yaml' },
      { scheme: 'file', pattern: '**/actors.yaml' },
    ],
    // The server registers for the files it watches and for changes of its settings (section corpusLint) itself,
    // so the client synchronises neither: each change reaches the server once.
    outputChannel: output,
    connectionOptions: { maxRestartCount: MAX_RESTARTS },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
