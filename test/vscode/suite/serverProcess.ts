/**
 * The language server as the operating system sees it, and the client's log as VS Code writes it: the suite runs
 * in the extension host, which forks the server, so the server is the child of this process whose command line
 * runs the extension's dist/server.js over IPC for this client (`--clientProcessId=<this pid>`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './corpus';
import { USER_DATA_ENV } from './userDataEnv';
/** The file the "Corpus Lint" log output channel is written to (`<logs>/…/<extension id>/<channel name>.log`). */
const CHANNEL_LOG = 'Corpus Lint.log';

interface ProcessEntry {
  pid: number;
  ppid: number;
  args: string[];
}

/** The ids of the running Corpus Lint servers this extension host started (one, unless something is wrong). */
export function serverPids(): number[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const script = join(extension.extensionPath, 'dist', 'server.js');
  return processes()
    .filter(({ ppid, args }) => ppid === process.pid && args.includes(script) && args.includes('--node-ipc') && args.includes(`--clientProcessId=${process.pid}`))
    .map(({ pid }) => pid);
}

/** The single server process, or undefined while there is none (or, briefly, more than one). */
export function serverPid(): number | undefined {
  const pids = serverPids();
  return pids.length === 1 ? pids[0] : undefined;
}

function processes(): ProcessEntry[] {
  if (existsSync('/proc/self/stat')) return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap(procEntry);
  // Elsewhere (macOS): ps, whose command column cannot tell arguments from spaces inside them; enough for includes().
  return execFileSync('ps', ['-A', '-ww', '-o', 'pid=,ppid=,command='], { encoding: 'utf8' })
    .split('\n')
    .flatMap((line) => {
      const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
      return match ? [{ pid: Number(match[1]), ppid: Number(match[2]), args: match[3].split(' ') }] : [];
    });
}

function procEntry(name: string): ProcessEntry[] {
  try {
    const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter((arg) => arg !== '');
    // The second field (the command name, in parentheses) may hold spaces: the parent id is the second field after it.
    const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return [{ pid: Number(name), ppid, args }];
  } catch {
    return []; // It ended while we looked.
  }
}

/** Everything the extension's "Corpus Lint" output channel has logged in this user data folder. */
export function clientLog(): string {
  const userData = process.env[USER_DATA_ENV];
  if (!userData) throw new Error(`${USER_DATA_ENV} is not set: run the suite through npm run test:code-server or test:vscode`);
  return findFiles(join(userData, 'logs'), CHANNEL_LOG).map((file) => readFileSync(file, 'utf8')).join('\n');
}

function findFiles(dir: string, name: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findFiles(path, name);
    return entry.name === name ? [path] : [];
  });
}
