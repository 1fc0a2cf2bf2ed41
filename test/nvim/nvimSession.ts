import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { SERVER } from '../lsp/lspClient';

const SCRIPT = join(__dirname, 'lint.lua');

export interface NeovimJob {
  root: string;
  /** Absolute paths, each with the number of diagnostics to wait for. */
  documents: { path: string; expected: number }[];
  /** An LSP position (0-based line, UTF-16 character) in one of the documents. */
  hover?: { path: string; line: number; character: number };
  timeoutMs: number;
}

/** A diagnostic as `vim.diagnostic.get` holds it: 0-based lines, byte columns. */
export interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: 'ERROR' | 'WARN' | 'INFO' | 'HINT';
  code: string;
  message: string;
  source: string;
}

export interface NeovimResult {
  /** Whether every document reached its expected count before the timeout. */
  settled: boolean;
  documents: Record<string, NeovimDiagnostic[]>;
  /** How many publishDiagnostics notifications each document received. */
  published: Record<string, number>;
  hover?: Hover | null;
  serverExitCode: number | null;
  error?: string;
  nvimExitCode: number | null;
}

/** Checks for nvim first, so a missing editor fails the test with a plain message rather than a spawn error. */
export function assertNeovimInstalled(): void {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`nvim is not installed or does not run (${probe.error?.message ?? probe.stderr}); install the Debian package neovim (.ci/run does)`);
  }
}

/** Runs headless Neovim with test/nvim/lint.lua on the job and returns what it saw. */
export function runNeovim(job: NeovimJob): NeovimResult {
  const scratch = mkdtempSync(join(tmpdir(), 'corpus-lint-nvim-'));
  try {
    const out = join(scratch, 'result.json');
    const jobFile = join(scratch, 'job.json');
    writeFileSync(jobFile, JSON.stringify({ ...job, server: [process.execPath, SERVER, '--stdio'], out }));
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-S', SCRIPT], {
      cwd: job.root,
      env: { ...process.env, CORPUS_LINT_NVIM_JOB: jobFile, XDG_STATE_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch },
      encoding: 'utf8',
      timeout: job.timeoutMs * 4,
    });
    if (run.error) throw new Error(`nvim failed to run: ${run.error.message}`);
    let text: string;
    try {
      text = readFileSync(out, 'utf8');
    } catch {
      throw new Error(`nvim wrote no result (exit ${run.status}); stderr: ${run.stderr}; stdout: ${run.stdout}`);
    }
    return { ...(JSON.parse(text) as Omit<NeovimResult, 'nvimExitCode'>), nvimExitCode: run.status };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
