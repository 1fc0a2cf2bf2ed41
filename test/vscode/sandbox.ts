/**
 * Throwaway folders for one run of VS Code: user data with test settings, an empty extensions folder,
 * and copies of the example corpus as workspaces (the tests edit and save documents).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(__dirname, '../..');
const EXAMPLE_CORPUS = join(PROJECT_ROOT, 'examples/corpus');

const USER_SETTINGS = {
  // In test mode VS Code refuses the trust dialog, and an untrusted folder runs no extension.
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
};

const WORKSPACE_SETTINGS = {
  'editor.codeActionsOnSave': { 'source.fixAll.corpus-lint': 'explicit' },
};

export interface Sandbox {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  /** A fresh copy of the example corpus, with workspace settings, under the sandbox. */
  copyCorpus(name: string): string;
  remove(): void;
}

export function createSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'corpus-lint-vscode-'));
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir);
  writeJson(join(userDataDir, 'User/settings.json'), USER_SETTINGS);
  return {
    root,
    userDataDir,
    extensionsDir,
    copyCorpus(name) {
      const folder = join(root, name);
      cpSync(EXAMPLE_CORPUS, folder, { recursive: true });
      mkdirSync(join(folder, '.vscode'));
      writeJson(join(folder, '.vscode/settings.json'), WORKSPACE_SETTINGS);
      return folder;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
