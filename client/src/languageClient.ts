/** How the extension starts the bundled language server, which files it hands to it, and what it does when the server dies. */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { RESTART_SERVER } from './commands';
import { RestartPolicy } from './restartPolicy';

/** The client id: VS Code reads `corpusLint.trace.server` because of it. */
export const CLIENT_ID = 'corpusLint';
export const CLIENT_NAME = 'Corpus Lint';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const restarts = new RestartPolicy(commandTitle(context, RESTART_SERVER));
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', pattern: '**/corpus.yaml' },
      { scheme: 'file', pattern: '**/actors.yaml' },
    ],
    // The server registers for the files it watches and for changes of its settings (section corpusLint) itself,
    // so the client synchronises neither: each change reaches the server once.
    outputChannel: output,
    errorHandler: restarts,
  };
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  context.subscriptions.push(client.onDidChangeState(({ newState }) => {
    if (newState === State.Running) restarts.watch(client.serverProcess);
  }));
  return client;
}

/** A command's title as the command palette shows it: "Category: Title". */
function commandTitle(context: vscode.ExtensionContext, command: string): string {
  const contributed = (context.extension.packageJSON as { contributes?: { commands?: { command: string; title: string; category?: string }[] } })
    .contributes?.commands?.find((candidate) => candidate.command === command);
  if (!contributed) return command;
  return contributed.category ? `${contributed.category}: ${contributed.title}` : contributed.title;
}
