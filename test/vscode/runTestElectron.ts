/**
 * `npm run test:vscode`: the same extension test suite in desktop VS Code 1.100.3 through @vscode/test-electron.
 * It downloads VS Code unless VSCODE_EXECUTABLE names an installed one, so it is for machines that can reach
 * Microsoft's servers; here, use `npm run test:code-server`. Expects `npm run build` to have run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { createSandbox, PROJECT_ROOT } from './sandbox';
import { USER_DATA_ENV } from './suite/userDataEnv';

const SUITE_INDEX = join(PROJECT_ROOT, 'out/test/index.js');

async function main(): Promise<number> {
  if (!existsSync(SUITE_INDEX)) throw new Error('missing out/test/index.js: run `npm run build` first');
  const sandbox = createSandbox();
  try {
    const executable = process.env.VSCODE_EXECUTABLE;
    return await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: '1.100.3' }),
      extensionDevelopmentPath: PROJECT_ROOT,
      extensionTestsPath: SUITE_INDEX,
      extensionTestsEnv: { CORPUS_LINT_VSCODE_RESULT: join(sandbox.root, 'suite-result.json'), [USER_DATA_ENV]: sandbox.userDataDir },
      launchArgs: [
        sandbox.copyCorpus('corpus'),
        '--user-data-dir', sandbox.userDataDir,
        '--extensions-dir', sandbox.extensionsDir,
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
  } finally {
    sandbox.remove();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
