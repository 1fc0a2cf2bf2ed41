/** Installs (once, into a cache folder) and runs code-server 4.100.3, which serves VS Code 1.100.3. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const INSTALL_SCRIPT = join(__dirname, 'install-code-server.sh');

/** Runs install-code-server.sh (quick when the cache is complete) and returns the code-server package folder. */
export function installCodeServer(timeoutMs = 20 * 60_000): string {
  const result = spawnSync('bash', [INSTALL_SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: timeoutMs });
  if (result.status !== 0) throw new Error(`install-code-server.sh failed (${result.error?.message ?? `exit ${result.status}`})`);
  const folder = result.stdout.trim().split('\n').pop();
  if (!folder) throw new Error('install-code-server.sh printed no folder');
  return folder;
}

export interface CodeServerOptions {
  serverDir: string;
  userDataDir: string;
  extensionsDir: string;
  /** Extra environment for code-server and so for its extension host. */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

export interface RunningCodeServer {
  /** `127.0.0.1:PORT`: the authority of `vscode-remote://` URIs too. */
  authority: string;
  /** Everything code-server printed, for a report when something fails. */
  output(): string;
  stop(): Promise<void>;
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const args = [
    join(options.serverDir, 'out/node/entry.js'),
    '--auth', 'none',
    '--bind-addr', authority,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
  ];
  // Its own process group, so stopping it also stops the extension host and the language server under it.
  const child = spawn(process.execPath, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const running: RunningCodeServer = { authority, output: () => output, stop: () => stopGroup(child) };
  // Should this process end abruptly (a watchdog, an uncaught error), code-server must not outlive it.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  try {
    await waitUntilHealthy(`http://${authority}/healthz`, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await running.stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return running;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it served`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  // Children that outlive code-server's own exit (a language server, a pty host) go with the group.
  signalGroup(child, 'SIGKILL');
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}
