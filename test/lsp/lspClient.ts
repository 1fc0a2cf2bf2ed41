import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = join(__dirname, '../../dist/server.js');

/** The bundled language server as an editor starts it, over stdio, with the diagnostics it last published. */
export class LspClient {
  readonly connection: MessageConnection;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  /** Every publication, in order. */
  readonly history: PublishDiagnosticsParams[] = [];
  private readonly process: ChildProcess;
  readonly exited: Promise<number | null>;

  /** `env` is added to this process's environment for the server; `server` is the bundle to start. */
  constructor(env: NodeJS.ProcessEnv = {}, server = SERVER) {
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      this.history.push(params);
    });
    this.connection.listen();
  }

  /** Sends `initialize` with `folders` (absolute paths) as the workspace folders; `initialized` is the caller's to send. */
  initialize(folders: readonly string[], capabilities: ClientCapabilities = {}): Promise<InitializeResult> {
    const workspaceFolders = folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: basename(folder) }));
    return this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders });
  }

  /** The diagnostics published for `uri` once `accept` holds of them; fails after `timeoutMs`. */
  async diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const params = this.published.get(uri);
      if (params && accept(params)) return params;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(params)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  get pid(): number {
    return this.process.pid!;
  }

  kill(): void {
    this.connection.dispose();
    this.process.kill();
  }
}
