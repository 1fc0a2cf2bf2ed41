/**
 * The bundled language server as a child process, spoken to over stdio with vscode-jsonrpc, answering the
 * requests a server makes of its client (progress tokens, configuration, registrations) the way an editor
 * would, and recording when each diagnostics publication and progress report arrives.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export class ServerSession {
  /** Latest publication by uri, with its arrival time. */
  published = new Map();
  publications = 0;
  lastPublicationAt = 0;
  /** Progress tokens by state: a token that began and has not ended is still working. */
  progressBegun = new Set();
  progressEnded = new Map();
  errors = [];
  #waiters = [];

  constructor(serverScript) {
    this.process = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr.on('data', (chunk) => this.errors.push(String(chunk)));
    this.exited = new Promise((resolve) => this.process.on('exit', (code, signal) => resolve({ code, signal })));
    const connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = performance.now();
      this.published.set(params.uri, { params, at });
      this.publications++;
      this.lastPublicationAt = at;
      this.#wake();
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', ({ token, value }) => {
      if (value?.kind === 'begin') this.progressBegun.add(token);
      if (value?.kind === 'end') this.progressEnded.set(token, performance.now());
      this.#wake();
    });
    connection.onRequest('workspace/configuration', ({ items }) => items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onNotification('window/logMessage', ({ type, message }) => {
      if (type === 1) this.errors.push(message);
    });
    connection.onNotification('window/showMessage', ({ type, message }) => {
      if (type === 1) this.errors.push(message);
    });
    connection.listen();
    this.connection = connection;
  }

  get pid() {
    return this.process.pid;
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  notify(method, params) {
    return this.connection.sendNotification(method, params);
  }

  /** Whether every progress the server began has ended. */
  progressDone() {
    return [...this.progressBegun].every((token) => this.progressEnded.has(token));
  }

  /** Resolves with the time `ready()` first held, checked on each publication and progress report. */
  until(ready, timeoutMs, what) {
    const now = ready();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter.ready !== ready);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${this.errors.length ? `; server said: ${this.errors.slice(-3).join(' | ')}` : ''}`));
      }, timeoutMs);
      this.#waiters.push({ ready, resolve: (value) => (clearTimeout(timer), resolve(value)) });
    });
  }

  /** The arrival time of the publication of `version` of `uri` (or a later one). */
  publicationOf(uri, version, timeoutMs = 30_000) {
    return this.until(() => {
      const entry = this.published.get(uri);
      return entry && entry.params.version !== undefined && entry.params.version >= version ? entry.at : undefined;
    }, timeoutMs, `diagnostics of ${uri} version ${version}`);
  }

  /** Waits until at least `atLeast` publications have arrived and then none for `quietMs`, at most `limitMs` in all. */
  async quiet(quietMs, limitMs, atLeast = 0) {
    const deadline = performance.now() + limitMs;
    while (performance.now() < deadline && (this.publications < atLeast || performance.now() - this.lastPublicationAt < quietMs)) {
      await new Promise((resolve) => setTimeout(resolve, quietMs / 4));
    }
  }

  /** VmRSS and VmHWM of the server process, in bytes. */
  memory() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  }

  async close() {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 5000))]);
      await this.notify('exit', null);
    } catch {
      // The server may already be gone; it is killed below either way.
    }
    const timer = setTimeout(() => this.process.kill(), 2000);
    await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  #wake() {
    this.#waiters = this.#waiters.filter((waiter) => {
      const value = waiter.ready();
      if (value === undefined) return true;
      waiter.resolve(value);
      return false;
    });
  }
}
