import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export const CLI = join(__dirname, '../../dist/cli.js');

/** The environment for output without colour codes, whatever the shell running the tests sets. */
export const PLAIN_ENV: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI (or another copy of it) as a child process, as CI and users do. */
export function runCli(args: string[], cwd: string, cli = CLI): CliResult {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: PLAIN_ENV, maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A copy of a bundle (`dist/cli.js` or `dist/server.js`) in a fresh temporary folder, beside a worker script
 * that fails as it loads, as in a damaged install. Returns the copy's path; its folder is the caller's to remove.
 */
export function bundleWithDamagedWorker(bundle: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-lint-broken-'));
  const copy = join(folder, basename(bundle));
  copyFileSync(bundle, copy);
  writeFileSync(join(folder, 'worker.js'), "throw new Error('this worker script is damaged');\n");
  return copy;
}

/** A corpus in a fresh temporary folder: file name → content (string or bytes). */
export function makeCorpus(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-lint-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
  fixable: boolean;
}

export function lintJson(root: string, extra: string[] = []): { status: number | null; diagnostics: JsonDiagnostic[]; stderr: string } {
  const result = runCli(['--format', 'json', ...extra, '.'], root);
  return { status: result.status, diagnostics: result.stdout.trim() ? (JSON.parse(result.stdout) as JsonDiagnostic[]) : [], stderr: result.stderr };
}

export const REGISTRY = `ttp:
  name: Tehreek-e-Taliban Pakistan
  short: TTP
  type: armed-group
afghan-taliban:
  name: Afghan Taliban
  type: armed-group
`;

export function article(id: string, body: string, eol = '\n'): string {
  return ['---', `id: ${id}`, 'title: A short report', 'published: 2024-12-26', 'source: The Test Desk', 'actors: [ttp]', '---', '', body, ''].join(eol);
}
